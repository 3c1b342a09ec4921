import {unsafeStatic, type StaticValue} from 'lit/static-html.js';
import type {InteropElement} from './interop-element.js';

type ElementClass = typeof InteropElement & CustomElementConstructor;

const cache = new WeakMap<ElementClass, {name: string; tag: StaticValue}>();

/**
 * The tag under which an element class is registered on this page, for elements that render one
 * in their shadow root (lit/static-html). Never a hard-coded global tag: a page may have
 * registered the class under another name (`ContactEditor.define('acme-contact-editor')`). When
 * it is not registered yet it is defined here, under its default tag or, when another class
 * holds that name, under the fallback `interop-<tag>`.
 */
export function registeredTag(element: ElementClass): StaticValue {
  const fallbacks = [element.tagName, `interop-${element.tagName}`];
  const name = registeredName(element, fallbacks) ?? defineSomewhere(element, fallbacks);
  const cached = cache.get(element);
  if (cached?.name === name) return cached.tag;
  const entry = {name, tag: unsafeStatic(name)};
  cache.set(element, entry);
  return entry.tag;
}

function registeredName(element: ElementClass, fallbacks: readonly string[]): string | undefined {
  if (typeof customElements === 'undefined') return undefined;
  if (typeof customElements.getName === 'function') return customElements.getName(element) ?? undefined;
  return fallbacks.find((tag) => customElements.get(tag) === element);
}

function defineSomewhere(element: ElementClass, fallbacks: readonly string[]): string {
  for (const tag of fallbacks) {
    if (typeof customElements !== 'undefined' && customElements.get(tag) && customElements.get(tag) !== element) continue;
    if (element.define(tag)) return tag;
  }
  // Nothing could be registered (no custom elements): an unknown element renders nothing.
  return fallbacks[0]!;
}
