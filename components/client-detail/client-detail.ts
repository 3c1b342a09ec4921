import {html} from 'lit';
import {property} from 'lit/decorators.js';
import {InteropElement} from '../base/interop-element.js';

/**
 * The client file ("mode consultation").
 *
 * @summary Client file.
 */
export class ClientDetail extends InteropElement {
  static override tagName = 'client-detail';
  /** Id of the client shown. */
  @property({attribute: 'client-id'}) clientId = '';
  protected override render() {
    return html``;
  }
}
