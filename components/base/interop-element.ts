import {LitElement} from 'lit';
import {defineElement} from './define-element.js';
import type {InteropEventMap} from './events.js';

/**
 * Base of every element of the module: typed events that cross shadow roots, and registration
 * under the default tag or another one.
 */
export abstract class InteropElement extends LitElement {
  /** The tag the element is registered under by `interop-clients/define`. */
  static tagName: string;

  /**
   * Registers the element under `tagName` (its default tag when omitted). Safe to call twice;
   * never throws.
   */
  static define(tagName: string = this.tagName): boolean {
    return defineElement(tagName, this as unknown as CustomElementConstructor);
  }

  /** Dispatches a typed event that bubbles and crosses shadow roots. Returns false when cancelled. */
  protected emit<K extends keyof InteropEventMap>(
    name: K,
    detail: InteropEventMap[K]['detail'],
    options: {cancelable?: boolean} = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}));
  }
}
