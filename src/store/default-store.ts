import {LocalAdapter} from '../adapters/local-adapter.js';
import {ClientStore} from './client-store.js';

const KEY = Symbol.for('interop-clients/default-store');
type Holder = {[KEY]?: ClientStore};

/**
 * The page-wide store of elements used outside any provider: local adapter, default database.
 * Created on first use and shared by every copy of the module on the page.
 */
export function defaultStore(): ClientStore {
  const holder = globalThis as Holder;
  holder[KEY] ??= new ClientStore({adapter: new LocalAdapter()});
  return holder[KEY];
}
