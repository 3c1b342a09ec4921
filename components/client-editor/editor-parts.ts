import {html, nothing, type TemplateResult} from 'lit';
import type {FieldErrors} from '../../src/model/validation.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {renderConfirm, type ModalController} from '../ui/dialog.js';
import {icons} from '../ui/icons.js';
import type {Availability} from './delete-rules.js';
import {EDITOR_TABS, otherErrors, tabOf, type EditorTab} from './draft.js';

/** The tab after a key press in the tab list (← → Home End), or `undefined` for other keys. */
export function tabForKey(current: EditorTab, key: string): EditorTab | undefined {
  const index = EDITOR_TABS.indexOf(current);
  const last = EDITOR_TABS.length - 1;
  const next = ({ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last} as Record<string, number>)[key];
  return next === undefined ? undefined : EDITOR_TABS[next];
}

export interface TabsOptions {
  i18n: LocaleController;
  selected: EditorTab;
  errors: FieldErrors;
  /** Renders the selected tab's content (the others stay empty and hidden). */
  panel: (tab: EditorTab) => TemplateResult;
  onSelect: (tab: EditorTab) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** WAI-ARIA tabs: one tab stop, ← → Home End move; a tab holding errors is marked. */
export function renderTabs(options: TabsOptions): TemplateResult {
  const {i18n} = options;
  return html`
    <div class="tabs" role="tablist" part="tabs" aria-label=${i18n.t('editor.tabs')} @keydown=${options.onKeydown}>
      ${EDITOR_TABS.map((tab) => {
        const selected = tab === options.selected;
        const invalid = Object.keys(options.errors).some((path) => tabOf(path) === tab);
        return html`<button
          type="button"
          role="tab"
          id="tab-${tab}"
          class="tab ${invalid ? 'has-error' : ''}"
          part=${selected ? 'tab tab-selected' : 'tab'}
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls="panel-${tab}"
          tabindex=${selected ? '0' : '-1'}
          @click=${() => options.onSelect(tab)}
        >
          ${i18n.tk(`editor.tab.${tab}`)}${invalid ? html`<span class="tab-error" aria-hidden="true">${icons.warning}</span>` : nothing}
        </button>`;
      })}
    </div>
    ${EDITOR_TABS.map(
      (tab) => html`<div class="tabpanel" role="tabpanel" part="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}" ?hidden=${tab !== options.selected}>
        ${tab === options.selected ? options.panel(tab) : nothing}
      </div>`,
    )}
  `;
}

/**
 * Above the tabs, after a refused save: how many fields to correct (each message is next to its
 * field), the errors no field shows, and a failure of the store.
 */
export function renderProblems(i18n: LocaleController, errors: FieldErrors, problem: string | undefined): TemplateResult | typeof nothing {
  const others = otherErrors(errors).map((issue) => i18n.tk(issue.key, issue.params));
  const count = Object.keys(errors).length - others.length;
  if (!count && !others.length && !problem) return nothing;
  return html`<div class="form-problem" role="alert" tabindex="-1">
    ${icons.warning}
    <div>
      ${count ? html`<p>${i18n.tk('editor.errors', {count})}</p>` : nothing} ${others.map((text) => html`<p>${text}</p>`)}
      ${problem ? html`<p>${problem}</p>` : nothing}
    </div>
  </div>`;
}

export interface FooterOptions {
  i18n: LocaleController;
  editing: boolean;
  saving: boolean;
  busy: boolean;
  deletion: Availability;
  onDelete: () => void;
}

/** "Supprimer" (editing only; disabled with its reason) and "Enregistrer" (submits the form). */
export function renderFooter(options: FooterOptions): TemplateResult {
  const {i18n, deletion} = options;
  return html`
    ${options.editing
      ? html`<button
            type="button"
            class="danger-button"
            part="delete-button"
            aria-disabled=${deletion.disabled ? 'true' : 'false'}
            aria-describedby=${deletion.reason ? 'delete-reason' : nothing}
            @click=${options.onDelete}
          >
            ${i18n.t('editor.delete')}
          </button>
          ${deletion.reason ? html`<span id="delete-reason" class="footer-note">${deletion.reason}</span>` : nothing}`
      : nothing}
    <button type="submit" form="editor-form" class="primary-button" part="save-button" aria-disabled=${options.busy ? 'true' : 'false'}>
      ${options.saving ? i18n.t('editor.saving') : i18n.t('editor.save')}
    </button>
  `;
}

export interface ConfirmationOptions {
  i18n: LocaleController;
  modal: ModalController;
  kind: 'discard' | 'delete';
  code: string;
  name: string;
  deleting: boolean;
  onDiscard: () => void;
  onDelete: () => void;
  onCancel: () => void;
}

/** "Abandonner les modifications ?" or "Supprimer le client C-0005 ?". */
export function renderConfirmation(options: ConfirmationOptions): TemplateResult {
  const {i18n} = options;
  if (options.kind === 'delete') {
    return renderConfirm({
      modal: options.modal,
      id: 'confirm-delete',
      lang: i18n.lang,
      title: i18n.t('actions.delete.title', {code: options.code}),
      message: i18n.t('actions.delete.message', {name: options.name}),
      confirmLabel: i18n.t('actions.delete.confirm'),
      cancelLabel: i18n.t('actions.cancel'),
      danger: true,
      busy: options.deleting,
      onConfirm: options.onDelete,
      onCancel: options.onCancel,
    });
  }
  return renderConfirm({
    modal: options.modal,
    id: 'confirm-discard',
    lang: i18n.lang,
    title: i18n.t('editor.discard.title'),
    message: i18n.t('editor.discard.message'),
    confirmLabel: i18n.t('editor.discard.confirm'),
    cancelLabel: i18n.t('editor.discard.cancel'),
    danger: true,
    onConfirm: options.onDiscard,
    onCancel: options.onCancel,
  });
}
