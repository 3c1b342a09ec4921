import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface UnsavedDraftOptions<T> {
  /** Where the draft is kept (per database, user and record); `undefined` while not editing. */
  key: () => string | undefined;
  /** True while the draft holds changes that are not saved. */
  dirty: () => boolean;
  draft: () => T | undefined;
}

interface Stored<T> {
  draft: T;
  /** The `updatedAt` of the record the draft was started from (`''` for a new record). */
  base: string;
  savedAt: string;
}

/**
 * Keeps an editor's unsaved changes through a reload: the draft is copied to sessionStorage
 * (this tab only) after each change and offered back when the same record is opened again; the
 * page also asks before it is left with unsaved changes. Never throws: without storage the
 * editor works as before.
 */
export class UnsavedDraftController<T> implements ReactiveController {
  private base = '';
  /** The key of the record being edited (the host's `key()` may be unset while it saves). */
  private lastKey: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UnsavedDraftOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeunload', this.onBeforeUnload);
  }

  hostUpdated(): void {
    const key = this.options.key();
    const draft = this.options.draft();
    if (!key || draft === undefined) return;
    this.lastKey = key;
    if (this.options.dirty()) write(key, {draft, base: this.base, savedAt: new Date().toISOString()});
    else remove(key);
  }

  /**
   * The draft kept for `key` when it was started from the same version of the record
   * (`base`: its `updatedAt`, `''` for a new one); a draft of an older version is dropped.
   */
  restore(key: string, base: string): T | undefined {
    this.base = base;
    this.lastKey = key;
    const stored = read<T>(key);
    if (!stored) return undefined;
    if (stored.base !== base) {
      remove(key);
      return undefined;
    }
    return stored.draft;
  }

  /** Forgets the kept draft (saved, or discarded on purpose). */
  clear(): void {
    const key = this.options.key() ?? this.lastKey;
    if (key) remove(key);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.options.key() || !this.options.dirty()) return;
    // The draft is kept anyway; the browser still asks, as users expect of an editor.
    event.preventDefault();
    event.returnValue = '';
  };
}

function read<T>(key: string): Stored<T> | undefined {
  try {
    const text = globalThis.sessionStorage?.getItem(key);
    if (!text) return undefined;
    const stored = JSON.parse(text) as Stored<T>;
    return stored && typeof stored === 'object' && 'draft' in stored ? stored : undefined;
  } catch {
    return undefined;
  }
}

function write<T>(key: string, stored: Stored<T>): void {
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the draft lives in memory only, as before.
  }
}

function remove(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
