import {css, html, nothing, type TemplateResult} from 'lit';
import {fileSize, splitFileName} from '../../src/model/note-rules.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {textField} from '../ui/fields.js';
import {icons} from '../ui/icons.js';
import type {DraftFile} from './note-draft.js';
import type {Popover} from './popover.js';

/** The rename under way: which file, what is typed, and why it cannot be used. */
export interface Renaming {
  key: string;
  text: string;
  error?: string;
}

export type FileAction = 'open' | 'save' | 'rename' | 'delete';

export interface FileListOptions {
  i18n: LocaleController;
  files: readonly DraftFile[];
  popover: Popover;
  renaming: Renaming | undefined;
  /** A file is being dragged over the editor. */
  dragging: boolean;
  disabled: boolean;
  onPick: () => void;
  onChosen: (files: FileList) => void;
  onAction: (file: DraftFile, action: FileAction) => void;
  onRenameInput: (text: string) => void;
  onRenameCommit: () => void;
  onRenameCancel: () => void;
}

/** A size in the user's language (`3,2 Mo`). */
export function sizeText(i18n: LocaleController, bytes: number): string {
  const size = fileSize(bytes);
  return i18n.tk(size.key, size.params);
}

/**
 * "Fichiers": the drop zone ("Cliquer ou déposer un ou plusieurs fichiers", a button that opens the
 * file chooser; files dropped anywhere on the editor are taken too) and the files, each a button
 * opening its actions: Ouvrir, Enregistrer, Renommer, Supprimer. Names are always text.
 */
export function renderFileList(options: FileListOptions): TemplateResult {
  const {i18n, files} = options;
  return html`<div class="files-column">
    <span class="field-label" id="files-label">${i18n.t('notes.editor.files')}</span>
    <button
      type="button"
      class="drop-zone ${options.dragging ? 'dragging' : ''}"
      part="drop-zone"
      ?disabled=${options.disabled}
      @click=${options.onPick}
    >
      ${i18n.t('notes.editor.drop')}
    </button>
    <input
      id="file-input"
      class="file-input"
      type="file"
      multiple
      hidden
      tabindex="-1"
      aria-hidden="true"
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        if (input.files?.length) options.onChosen(input.files);
        input.value = '';
      }}
    />
    <div class="file-list-box">
      ${files.length
        ? html`<ul class="file-list" aria-labelledby="files-label">
            ${files.map((file, index) => html`<li class="file">${renderFile(options, file, index)}</li>`)}
          </ul>`
        : html`<p class="no-files">${i18n.t('notes.editor.noFiles')}</p>`}
    </div>
  </div>`;
}

function renderFile(options: FileListOptions, file: DraftFile, index: number): TemplateResult {
  const {i18n, popover} = options;
  if (options.renaming?.key === file.key) return renderRename(options, file, index);
  const key = `file:${file.key}`;
  const open = popover.isOpen(key);
  const unavailable = Boolean(file.notStored);
  const flag = file.notStored
    ? i18n.t(file.notStored === 'quota' ? 'notes.file.notStored' : 'notes.file.notStored.error')
    : file.file
      ? i18n.t('notes.file.new')
      : '';
  const item = (action: FileAction, label: string, disabled = false) =>
    html`<button
      type="button"
      class="menu-item"
      aria-disabled=${disabled ? 'true' : 'false'}
      aria-describedby=${disabled ? `file-flag-${index}` : nothing}
      @click=${() => {
        if (!disabled) options.onAction(file, action);
      }}
    >
      ${label}
    </button>`;
  return html`<div data-popover=${key} class="file-entry" @keydown=${popover.onKeydown} @focusout=${popover.onFocusOut}>
    <button
      type="button"
      class="popover-trigger file-button ${unavailable ? 'unavailable' : ''}"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? `file-actions-${index}` : nothing}
      ?disabled=${options.disabled}
      @click=${() => popover.toggle(key)}
    >
      ${icons.paperclip}
      <span class="file-name">${file.name}</span>
      <span class="file-size">${sizeText(i18n, file.size)}</span>
    </button>
    ${flag ? html`<span class="file-flag ${unavailable ? 'warning' : ''}" id="file-flag-${index}">${flag}</span>` : nothing}
    ${open
      ? html`<div class="menu" id="file-actions-${index}" role="group" aria-label=${`${i18n.t('notes.file.actions')} ${file.name}`}>
          ${item('open', i18n.t('notes.file.open'), unavailable)} ${item('save', i18n.t('notes.file.save'), unavailable)}
          ${item('rename', i18n.t('notes.file.rename'))} ${item('delete', i18n.t('notes.file.delete'))}
        </div>`
      : nothing}
  </div>`;
}

function renderRename(options: FileListOptions, file: DraftFile, index: number): TemplateResult {
  const {i18n, renaming} = options;
  const extension = splitFileName(file.name).extension;
  return html`<div
    class="rename"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        options.onRenameCommit();
      } else if (event.key === 'Escape') {
        // Only the rename is cancelled, not the editor.
        event.preventDefault();
        event.stopPropagation();
        options.onRenameCancel();
      }
    }}
  >
    ${textField({
      id: `rename-${index}`,
      label: i18n.t('notes.file.rename.label'),
      value: renaming?.text ?? file.name,
      error: renaming?.error,
      hint: extension ? i18n.t('notes.file.rename.hint', {extension}) : undefined,
      maxLength: 255,
      onInput: options.onRenameInput,
    })}
    <div class="rename-actions">
      <button type="button" class="secondary-button" @click=${options.onRenameCancel}>${i18n.t('notes.file.rename.cancel')}</button>
      <button type="button" class="primary-button" @click=${options.onRenameCommit}>${i18n.t('notes.file.rename')}</button>
    </div>
  </div>`;
}

export const fileListStyles = css`
  .files-column {
    display: flex;
    flex-direction: column;
    gap: 8px;
    min-width: 0;
  }
  .drop-zone {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 60px;
    padding: 10px 16px;
    border: 2px dashed #a9b9c1;
    border-radius: 12px;
    background: var(--_surface);
    color: #5d6d75;
    font-size: 14px;
    text-align: center;
    cursor: pointer;
  }
  .drop-zone:hover,
  .drop-zone.dragging {
    border-color: var(--_primary);
    background: #e3f0f5;
    color: var(--_primary);
  }
  .drop-zone[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .file-list-box {
    flex: 1;
    min-height: 160px;
    max-height: 320px;
    overflow: auto;
    padding: 6px;
    border-radius: var(--_radius);
    background: var(--_control-bg, #eaf0f3);
  }
  .file-list {
    display: flex;
    flex-direction: column;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .no-files {
    margin: 8px;
    font-size: 13px;
    color: var(--_muted-text, #56646b);
  }
  .file-entry {
    display: flex;
    flex-direction: column;
    align-items: stretch;
  }
  .file-button {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    padding: 6px 8px;
    border: none;
    border-radius: var(--_radius);
    background: #fff;
    text-align: start;
    cursor: pointer;
  }
  .file-button:hover {
    background: #f2f7f9;
  }
  .file-button.unavailable .file-name {
    text-decoration: line-through;
  }
  .file-name {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .file-size {
    flex: none;
    font-size: 12px;
    color: var(--_muted-text, #56646b);
    font-variant-numeric: tabular-nums;
  }
  .file-flag {
    padding: 2px 8px 4px 32px;
    font-size: 12px;
    color: var(--_muted-text, #56646b);
  }
  .file-flag.warning {
    color: var(--_danger);
  }
  /* The actions open under the file, inside the scrolling list (a floating pop-up would be cut). */
  .file-entry .menu {
    position: static;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    min-width: 0;
    margin: 4px 0 2px 24px;
    padding: 4px;
    border-radius: var(--_radius);
    box-shadow: none;
  }
  .file-entry .menu-item {
    width: auto;
    padding: 6px 12px;
    border-radius: var(--_radius);
    font-size: 14px;
  }
  .rename {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 8px;
    border-radius: var(--_radius);
    background: #fff;
  }
  .rename-actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
  }
  .rename-actions button {
    padding: 6px 14px;
  }
`;
