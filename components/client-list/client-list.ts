import {html} from 'lit';
import {InteropElement} from '../base/interop-element.js';

/**
 * The client list ("mode liste").
 *
 * @summary Client list: search, sort, open.
 */
export class ClientList extends InteropElement {
  static override tagName = 'client-list';
  protected override render() {
    return html``;
  }
}
