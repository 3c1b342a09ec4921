import {createContext} from '@lit/context';
import type {ClientStore} from './client-store.js';
import type {Locale} from '../i18n/translate.js';

/**
 * Context keys are global symbols so that two copies of the module on one page (a host bundle
 * and the standalone bundle) still find each other.
 */
export const clientStoreContext = createContext<ClientStore | undefined>(Symbol.for('interop-clients/store'));
export const localeContext = createContext<Locale>(Symbol.for('interop-clients/locale'));
