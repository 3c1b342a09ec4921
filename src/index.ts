/**
 * interop-clients: the Clients module of interOP as web components. This entry exports the
 * classes and defines no tag; import `interop-clients/define` to register the default tags.
 */
export {ClientsProvider} from '../components/clients-provider/clients-provider.js';
export {ClientList} from '../components/client-list/client-list.js';
export {ClientDetail} from '../components/client-detail/client-detail.js';
export {ClientEditor} from '../components/client-editor/client-editor.js';
export {ContactEditor} from '../components/contact-editor/contact-editor.js';
export {AddressEditor} from '../components/address-editor/address-editor.js';
export {NotesPanel} from '../components/notes-panel/notes-panel.js';
export {ClientNotes} from '../components/client-notes/client-notes.js';
export {InteropElement} from '../components/base/interop-element.js';
export {defineElement} from '../components/base/define-element.js';
export type {InteropEventMap} from '../components/base/events.js';
export * from './store/index.js';
export * from './adapters/index.js';
export * from './model/index.js';
export * from './model/email.js';
export * from './model/child-records.js';
export * from './model/contact-rules.js';
export * from './model/address-rules.js';
export * from './model/invoice-recipients.js';
export * from './adapters/address-lookup.js';
export {GooglePlacesProvider, GOOGLE_PLACES_URL, placeToAddress, type GooglePlacesOptions} from './adapters/google-places.js';
export type {ChildSaveResult} from './store/child-record-actions.js';
export * from './model/note-rules.js';
export * from './store/note-actions.js';
export {LOCALES, DEFAULT_LOCALE, toLocale, translate, type Locale} from './i18n/translate.js';
