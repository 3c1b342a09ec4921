/**
 * interop-clients: the Clients module of interOP as web components. This entry exports the
 * classes and defines no tag; import `interop-clients/define` to register the default tags.
 */
export {ClientsProvider} from '../components/clients-provider/clients-provider.js';
export {ClientList} from '../components/client-list/client-list.js';
export {ClientDetail} from '../components/client-detail/client-detail.js';
export {ClientEditor} from '../components/client-editor/client-editor.js';
export {InteropElement} from '../components/base/interop-element.js';
export {defineElement} from '../components/base/define-element.js';
export type {InteropEventMap} from '../components/base/events.js';
export * from './store/index.js';
export * from './adapters/index.js';
export * from './model/index.js';
export {LOCALES, DEFAULT_LOCALE, toLocale, translate, type Locale} from './i18n/translate.js';
