import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {ClientStore} from '../../src/store/client-store.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {describedBy, fieldMessages} from '../ui/fields.js';

/** The images accepted as a client's logo (shown by `<img>`, where an SVG runs no script). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;
export const LOGO_MAX_MB = 2;

/** Why a file cannot be the logo, or `undefined` when it can. */
export function logoProblem(file: Pick<File, 'type' | 'size'>): {key: string; params?: Record<string, number>} | undefined {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return {key: 'validation.logo.type'};
  if (file.size > LOGO_MAX_MB * 1024 * 1024) return {key: 'validation.logo.size', params: {max: LOGO_MAX_MB}};
  return undefined;
}

export interface LogoUploadOptions {
  i18n: LocaleController;
  /** Object URL of the current logo, for the preview. */
  url: string | undefined;
  busy: boolean;
  disabled?: boolean;
  error: string | undefined;
  onFile: (file: File) => void;
  onRemove: () => void;
}

/**
 * "Client" shipper identification: the client's logo, uploaded here (kept with the client) and
 * previewed. The file input is the labelled control; its error is tied to it.
 */
export function renderLogoUpload(options: LogoUploadOptions): TemplateResult {
  const {i18n} = options;
  const id = 'f-logoId';
  const hint = i18n.t('editor.logo.hint');
  return html`<div class="field logo-upload ${options.error ? 'invalid' : ''}" part="logo">
    <label class="field-label" for=${id}>${i18n.t('editor.logo')}<span class="required-star" aria-hidden="true">*</span></label>
    <div class="logo-row">
      <div class="logo-preview" aria-busy=${options.busy ? 'true' : 'false'}>
        ${options.url ? html`<img src=${options.url} alt=${i18n.t('editor.logo.preview')} />` : html`<span class="logo-empty">${i18n.t('editor.logo.empty')}</span>`}
      </div>
      <div class="logo-actions">
        <input
          id=${id}
          type="file"
          data-field="logoId"
          accept=${LOGO_TYPES.join(',')}
          required
          ?disabled=${options.disabled || options.busy}
          aria-invalid=${options.error ? 'true' : 'false'}
          aria-describedby=${describedBy({id, error: options.error, hint}) ?? nothing}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) options.onFile(file);
          }}
        />
        ${options.url && !options.disabled
          ? html`<button type="button" class="secondary-button" @click=${options.onRemove}>${i18n.t('editor.logo.remove')}</button>`
          : nothing}
      </div>
    </div>
    ${fieldMessages({id, error: options.error, hint})}
  </div>`;
}

export const logoStyles = css`
  .logo-row {
    display: flex;
    gap: 16px;
    align-items: center;
  }
  .logo-preview {
    display: grid;
    place-items: center;
    width: 160px;
    height: 90px;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: #fff;
    overflow: hidden;
  }
  .logo-preview img {
    max-width: 100%;
    max-height: 100%;
    object-fit: contain;
  }
  .logo-empty {
    color: var(--_muted-text, #56646b);
    font-size: 12px;
    padding: 8px;
    text-align: center;
  }
  .logo-actions {
    display: flex;
    flex-direction: column;
    gap: 8px;
    align-items: flex-start;
  }
`;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The logo being edited: its preview URL, the upload under way and its error. The bytes are kept
 * with the client by the store (`saveLogo`) as soon as they are chosen; the draft only links the
 * attachment id (`logoId`), saved with the client.
 */
export class LogoState implements ReactiveController {
  id: string | undefined;
  url: string | undefined;
  busy = false;
  error: string | undefined;
  private generation = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    this.generation += 1;
    this.id = undefined;
    this.url = undefined;
    this.busy = false;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Shows the logo already linked to the client. */
  async show(store: ClientStore, logoId: string | undefined): Promise<void> {
    const generation = this.generation;
    if (!logoId) return;
    const url = await store.logoUrl(logoId);
    if (generation !== this.generation) return;
    this.id = logoId;
    this.url = url;
    this.host.requestUpdate();
  }

  /**
   * Checks and stores the chosen image; resolves to its attachment id, or `undefined` when it was
   * refused (the message is in `error`) or the editor moved on meanwhile.
   */
  async upload(store: ClientStore, clientId: string | undefined, file: File, i18n: LocaleController): Promise<string | undefined> {
    const problem = logoProblem(file);
    if (problem) {
      this.error = i18n.tk(problem.key, problem.params);
      this.host.requestUpdate();
      return undefined;
    }
    const generation = this.generation;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const id = await store.saveLogo(clientId, file);
      const url = await store.logoUrl(id);
      if (generation !== this.generation) return undefined;
      this.id = id;
      this.url = url;
      return id;
    } catch (error) {
      if (generation === this.generation) {
        // The store refuses what is no image, or too large, with a message key.
        const refusal = error as {key?: unknown; params?: Record<string, string | number>};
        if (typeof refusal?.key === 'string') this.error = i18n.tk(refusal.key, refusal.params);
        else {
          console.error('[interop-clients] the logo could not be saved', error);
          this.error = i18n.t('editor.logo.failed', {reason: error instanceof Error ? error.message : String(error)});
        }
      }
      return undefined;
    } finally {
      if (generation === this.generation) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  remove(): void {
    this.id = undefined;
    this.url = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }
}
