import type {Client} from '../../src/model/types.js';
import type {ClientStore} from '../../src/store/client-store.js';

/** Reads a client once from the store (the editor edits a snapshot). */
export function readClient(store: ClientStore, clientId: string): Promise<Client | undefined> {
  return new Promise((resolve) => {
    let done = false;
    let stop: (() => void) | undefined;
    stop = store.watchClientFile(clientId, (file) => {
      if (done) return;
      done = true;
      resolve(file?.client);
      queueMicrotask(() => stop?.());
    });
    if (done) stop();
  });
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
