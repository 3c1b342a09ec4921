import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {ClientRow} from '../../src/model/client-row.js';
import {findPossibleDuplicates} from '../../src/model/duplicates.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';

/** A client that looks like the one being created (from `findPossibleDuplicates`). */
export interface DuplicateMatch {
  clientId: string;
  code: string;
  name: string;
  reasons: ReadonlyArray<'name' | 'phone' | 'address'>;
}

/** What duplicates are looked for by. */
export interface DuplicateQuery {
  name?: string;
  phone?: string;
  address?: {civicNumber?: string; postalCode?: string} | null;
}

/** The parts of the draft duplicates are looked for by: a change of another field finds nothing new. */
export function duplicateKey(draft: DuplicateQuery): string {
  return JSON.stringify([draft.name ?? '', draft.phone ?? '', draft.address?.civicNumber ?? '', draft.address?.postalCode ?? '']);
}

/**
 * While creating: the existing clients that look the same (name, phone, or civic number and
 * postal code), each openable. It warns only: saving anyway stays possible. It is a polite live
 * region, so that the list is read when it appears, without taking the focus.
 */
export function renderDuplicateWarning(i18n: LocaleController, matches: readonly DuplicateMatch[], onOpen: (clientId: string) => void): TemplateResult {
  return html`<div class="duplicates-region" role="status" aria-live="polite">
    ${matches.length
      ? html`<section class="duplicates" part="duplicates" aria-labelledby="duplicates-title">
          <h4 id="duplicates-title" class="duplicates-title">${icons.warning} ${i18n.t('editor.duplicates.title')}</h4>
          <p class="duplicates-help">${i18n.t('editor.duplicates.help')}</p>
          <ul>
            ${matches.map(
              (match) => html`<li>
                <button type="button" class="link" @click=${() => onOpen(match.clientId)}>
                  <span class="duplicate-code">${match.code}</span> ${match.name}
                </button>
                <span class="duplicate-reasons">(${match.reasons.map((reason) => i18n.tk(`editor.duplicates.reason.${reason}`)).join(', ')})</span>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
  </div>`;
}

export const duplicateStyles = css`
  .duplicates {
    margin-top: 8px;
    padding: 12px 14px;
    border-radius: var(--_radius);
    background: #fff4e5;
    border: 1px solid #f0c27b;
    color: #5c3400;
  }
  .duplicates-title {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0 0 4px;
    font-size: 14px;
  }
  .duplicates-help {
    margin: 0 0 8px;
    font-size: 13px;
  }
  .duplicates ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 4px;
  }
  .duplicates .link {
    padding: 0;
    border: none;
    background: none;
    color: #0b3a4a;
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  .duplicate-code {
    font-weight: 700;
  }
  .duplicate-reasons {
    font-size: 12px;
    margin-inline-start: 6px;
  }
`;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Looks for possible duplicates a moment after the user stops typing (a large base is not
 * scanned at every key), and only when the name, phone, civic number or postal code changed.
 */
export class DuplicateFinder implements ReactiveController {
  matches: readonly DuplicateMatch[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private key = '';

  constructor(
    private readonly host: Host,
    private readonly delay = 200,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  reset(): void {
    clearTimeout(this.timer);
    this.key = '';
    this.matches = [];
  }

  /** Runs `find` after the delay, unless called again meanwhile. */
  schedule(draft: () => DuplicateQuery | undefined, rows: () => readonly ClientRow[]): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const query = draft();
      if (!query) return;
      const key = duplicateKey(query);
      if (key === this.key) return;
      this.key = key;
      try {
        this.matches = findPossibleDuplicates({name: query.name, phone: query.phone, address: query.address}, rows(), 5);
      } catch (error) {
        console.error('[interop-clients] possible duplicates could not be looked for', error);
        this.matches = [];
      }
      this.host.requestUpdate();
    }, this.delay);
  }
}
