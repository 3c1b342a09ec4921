/**
 * Registers every element of the module under its default tag. Safe to import twice, and next
 * to another copy of the module: a tag held by another class gets a console warning, never an
 * exception.
 */
import {ClientsProvider} from '../components/clients-provider/clients-provider.js';
import {ClientList} from '../components/client-list/client-list.js';
import {ClientDetail} from '../components/client-detail/client-detail.js';
import {ClientEditor} from '../components/client-editor/client-editor.js';
import {ContactEditor} from '../components/contact-editor/contact-editor.js';
import {AddressEditor} from '../components/address-editor/address-editor.js';
import {NotesPanel} from '../components/notes-panel/notes-panel.js';
import {ClientNotes} from '../components/client-notes/client-notes.js';

// The provider first, so that children upgraded by the same script find it.
ClientsProvider.define();
// Before the list and the file, which render one in their shadow root under its registered tag.
ClientEditor.define();
// Before the file, which renders them in its Contacts and Adresses panels.
ContactEditor.define();
AddressEditor.define();
// Before the file and the badge, which render one in their shadow root under its registered tag.
NotesPanel.define();
ClientNotes.define();
ClientList.define();
ClientDetail.define();

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'clients-provider': ClientsProvider;
    'client-list': ClientList;
    'client-detail': ClientDetail;
    'client-editor': ClientEditor;
    'contact-editor': ContactEditor;
    'address-editor': AddressEditor;
    'notes-panel': NotesPanel;
    'client-notes': ClientNotes;
  }
}
