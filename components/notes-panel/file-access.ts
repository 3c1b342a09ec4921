import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {openMode} from '../../src/model/note-rules.js';
import {attachmentBlob, type NotesHost} from '../../src/store/note-actions.js';
import type {DraftFile} from './note-draft.js';

/** The bytes of a file are not in this browser (they could not be kept). */
export class FileUnavailableError extends Error {
  constructor(readonly fileName: string) {
    super(`the bytes of "${fileName}" are not in this browser`);
    this.name = 'FileUnavailableError';
  }
}

/**
 * Opens and saves the files of a note: "Ouvrir" shows the file in a new tab (as plain text when
 * its markup could run script: HTML, SVG, XML), or downloads what a tab cannot show; "Enregistrer"
 * downloads it under its name. The object URLs live until the host leaves the page.
 */
export class FileAccess implements ReactiveController {
  private readonly urls = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls.clear();
  }

  async open(store: Pick<NotesHost, 'db' | 'whenReady'>, file: DraftFile): Promise<void> {
    const blob = await this.bytes(store, file);
    const mode = openMode(file.type || blob.type);
    if (mode === 'download') return this.download(blob, file.name);
    const type = mode === 'text' ? 'text/plain;charset=utf-8' : file.type || blob.type;
    const url = this.url(blob.slice(0, blob.size, type));
    window.open(url, '_blank', 'noopener');
  }

  async save(store: Pick<NotesHost, 'db' | 'whenReady'>, file: DraftFile): Promise<void> {
    this.download(await this.bytes(store, file), file.name);
  }

  private async bytes(store: Pick<NotesHost, 'db' | 'whenReady'>, file: DraftFile): Promise<Blob> {
    const blob = file.file ?? (file.attachment && !file.notStored ? await attachmentBlob(store, file.attachment.id) : undefined);
    if (!blob) throw new FileUnavailableError(file.name);
    return blob;
  }

  private download(blob: Blob, name: string): void {
    const anchor = document.createElement('a');
    anchor.href = this.url(blob);
    anchor.download = name;
    anchor.rel = 'noopener';
    anchor.click();
  }

  private url(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.urls.add(url);
    return url;
  }
}
