/**
 * Registers every element of the module under its default tag. Safe to import twice, and next
 * to another copy of the module: a tag held by another class gets a console warning, never an
 * exception.
 */
import {ClientsProvider} from '../components/clients-provider/clients-provider.js';
import {ClientList} from '../components/client-list/client-list.js';
import {ClientDetail} from '../components/client-detail/client-detail.js';
import {ClientEditor} from '../components/client-editor/client-editor.js';

// The provider first, so that children upgraded by the same script find it.
ClientsProvider.define();
// Before the list and the file, which render one in their shadow root under its registered tag.
ClientEditor.define();
ClientList.define();
ClientDetail.define();

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'clients-provider': ClientsProvider;
    'client-list': ClientList;
    'client-detail': ClientDetail;
    'client-editor': ClientEditor;
  }
}
