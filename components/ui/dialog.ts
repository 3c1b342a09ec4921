import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {createRef, ref} from 'lit/directives/ref.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {icons} from './icons.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The element that has the focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export interface ModalOptions {
  /** Whether the dialog should be shown; read after every update of the host. */
  isOpen: () => boolean;
  /**
   * The user asked to leave (Escape, the × button, the platform's back gesture). The host
   * decides: close (set its state so that `isOpen()` is false) or ask first.
   */
  onDismiss: () => void;
  /**
   * Where the focus goes when the control that opened the dialog is gone or hidden (a deleted
   * record's card, a closed menu's entry); without it, the host element when focusable.
   */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/**
 * Keeps a native `<dialog>` in step with the host's state: `showModal()` when `isOpen()` becomes
 * true, `close()` when it becomes false, after the host rendered. The page behind is inert while
 * it is open (native modal), the focus goes into the dialog (`autofocus` or its first control)
 * and comes back where it was when it closes.
 *
 * Escape never closes the dialog by itself: it calls `onDismiss`, so that an editor can warn
 * before discarding changes. Controls that handle Escape themselves (a picker's list) call
 * `stopPropagation()`.
 */
export class ModalController implements ReactiveController {
  readonly dialog = createRef<HTMLDialogElement>();
  private returnFocus: Element | null = null;
  private connected = true;

  constructor(
    host: Host,
    private readonly options: ModalOptions,
  ) {
    host.addController(this);
  }

  /** Whether the dialog is shown. */
  get shown(): boolean {
    return this.dialog.value?.open ?? false;
  }

  /** Whether the host wants the dialog shown (it is, once the host has rendered). */
  get wanted(): boolean {
    return this.options.isOpen();
  }

  hostUpdated(): void {
    const dialog = this.dialog.value;
    if (!dialog) return;
    const wanted = this.options.isOpen();
    if (wanted && !dialog.open && dialog.isConnected) {
      this.returnFocus = deepActiveElement();
      try {
        dialog.showModal();
      } catch (error) {
        // Another modal in a disconnected tree, or a browser without <dialog>: show it inline.
        console.warn('[interop-clients] the dialog could not be shown as modal', error);
        dialog.setAttribute('open', '');
      }
    } else if (!wanted && dialog.open) {
      dialog.close();
      this.restoreFocus();
    }
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    // The host left the page: the dialog goes with it, without asking anything.
    this.connected = false;
    this.dialog.value?.close();
    this.returnFocus = null;
  }

  private restoreFocus(): void {
    const target = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    const usable = (el: HTMLElement | null | undefined): el is HTMLElement =>
      Boolean(el?.isConnected && typeof el.focus === 'function' && el.getClientRects().length > 0);
    if (usable(target)) return target.focus();
    const fallback = this.options.fallbackFocus?.();
    if (usable(fallback)) fallback.focus();
  }

  readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handled here rather than by the browser's close request: the host may want to ask first.
    event.preventDefault();
    event.stopPropagation();
    this.options.onDismiss();
  };

  readonly onCancel = (event: Event) => {
    event.preventDefault();
    this.options.onDismiss();
  };

  /** The browser closed the dialog anyway (forced close request): tell the host. */
  readonly onClose = () => {
    if (this.connected && this.options.isOpen()) this.options.onDismiss();
  };
}

export interface DialogTemplate {
  modal: ModalController;
  /** Id of the dialog's title (its accessible name). */
  titleId: string;
  title: string;
  /** Optional id of the text describing the dialog (confirmations). */
  describedBy?: string;
  /** `alertdialog` for confirmations. */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'large';
  /** Accessible name of the × button; no × when absent. */
  closeLabel?: string;
  /** Extra `part` names of the dialog. */
  part?: string;
  /** Language of the content (`fr`, `en`). */
  lang?: string;
  body: TemplateResult | typeof nothing;
  footer?: TemplateResult | typeof nothing;
}

/** A modal dialog: dark header with the title and ×, a scrolling body and a footer of buttons. */
export function renderDialog(options: DialogTemplate): TemplateResult {
  const {modal} = options;
  return html`<dialog
    ${ref(modal.dialog)}
    class="dialog ${options.size ?? 'small'}"
    ?hidden=${!modal.wanted}
    part=${`dialog ${options.part ?? ''}`.trim()}
    lang=${ifDefined(options.lang)}
    role=${ifDefined(options.role === 'alertdialog' ? 'alertdialog' : undefined)}
    aria-labelledby=${options.titleId}
    aria-describedby=${ifDefined(options.describedBy)}
    @keydown=${modal.onKeydown}
    @cancel=${modal.onCancel}
    @close=${modal.onClose}
  >
    <div class="dialog-header" part="dialog-header">
      <h2 id=${options.titleId} class="dialog-title">${options.title}</h2>
      ${options.closeLabel
        ? html`<button type="button" class="icon-button dialog-close" aria-label=${options.closeLabel} title=${options.closeLabel} @click=${modal.onCancel}>
            ${icons.close}
          </button>`
        : nothing}
    </div>
    <div class="dialog-body" part="dialog-body">${options.body}</div>
    ${options.footer && options.footer !== nothing ? html`<div class="dialog-footer" part="dialog-footer">${options.footer}</div>` : nothing}
  </dialog>`;
}

export interface ConfirmTemplate {
  modal: ModalController;
  id: string;
  lang?: string;
  title: string;
  message: string | TemplateResult;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button is red (deleting, discarding). */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A confirmation (`alertdialog`): the message, then the safe choice (focused first) and the
 * confirming one.
 */
export function renderConfirm(options: ConfirmTemplate): TemplateResult {
  return renderDialog({
    modal: options.modal,
    role: 'alertdialog',
    lang: options.lang,
    part: 'confirm',
    titleId: `${options.id}-title`,
    describedBy: `${options.id}-message`,
    title: options.title,
    body: html`<p id="${options.id}-message" class="confirm-message">${options.message}</p>`,
    footer: html`
      <button type="button" class="secondary-button" autofocus @click=${options.onCancel}>${options.cancelLabel}</button>
      <button
        type="button"
        class=${options.danger ? 'danger-button' : 'primary-button'}
        aria-disabled=${options.busy ? 'true' : 'false'}
        @click=${() => {
          if (!options.busy) options.onConfirm();
        }}
      >
        ${options.confirmLabel}
      </button>
    `,
  });
}

/** Styles of `renderDialog` and the secondary and danger buttons (use with `tokens`). */
export const dialogStyles = css`
  .dialog {
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_page);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.35);
    max-height: calc(100vh - 32px);
    max-width: calc(100vw - 32px);
    overflow: hidden;
  }
  .dialog[open] {
    display: flex;
    flex-direction: column;
  }
  .dialog.small {
    width: 480px;
  }
  .dialog.large {
    width: 1180px;
    height: calc(100vh - 32px);
  }
  .dialog::backdrop {
    background: rgb(11 28 36 / 0.55);
  }
  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    padding: 12px 16px 12px 24px;
    background: var(--_primary);
    color: var(--_primary-contrast);
  }
  .dialog-title {
    margin: 0;
    font-size: 19px;
    font-weight: 500;
    color: inherit;
  }
  .dialog-close {
    color: inherit;
    font-size: 18px;
  }
  .dialog-close:hover {
    background: rgb(255 255 255 / 0.15);
  }
  .dialog-body {
    flex: 1;
    overflow: auto;
    padding: 20px 24px;
  }
  .dialog-footer {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    flex-wrap: wrap;
    gap: 12px;
    padding: 12px 24px 20px;
  }
  .confirm-message {
    margin: 0;
    font-size: 15px;
    white-space: pre-line;
  }
  .secondary-button,
  .danger-button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    padding: 8px 20px;
    border-radius: var(--_radius);
    font-weight: 600;
    font-size: 13px;
    cursor: pointer;
  }
  .secondary-button {
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
  }
  .danger-button {
    border: none;
    background: var(--ic-color-danger-button, #c62836);
    color: #fff;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.18);
  }
  .danger-button[aria-disabled='true'],
  .primary-button[aria-disabled='true'] {
    background: #d5dadd;
    color: #3d4a50;
    cursor: not-allowed;
    box-shadow: none;
  }
`;
