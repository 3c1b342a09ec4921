import {css, html, nothing, type TemplateResult} from 'lit';
import {formatPhone, phoneHref} from '../../src/model/phone.js';

/** Links and values shared by the cards; every text is bound as text, never as HTML. */

/** Shown for a field left empty. */
export const EMPTY = '—';

/** A link that leaves the module: a new tab, no opener, no referrer. */
export function externalLink(href: string, content: unknown, label?: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" aria-label=${label ?? nothing} title=${label ?? nothing}
    >${content}</a
  >`;
}

/** A phone number as a `tel:` link, or as text when there is nothing to dial. */
export function phoneLink(raw: string | undefined, extension?: string): TemplateResult | string {
  const full = extension ? `${raw ?? ''} #${extension}` : (raw ?? '');
  const text = formatPhone(full);
  if (!text) return EMPTY;
  const href = phoneHref(full);
  return href ? html`<a href=${href}>${text}</a>` : text;
}

/** Address lines, one per line. */
export function addressLines(lines: readonly string[], id?: string): TemplateResult {
  return html`<span class="lines" id=${id ?? nothing}>${lines.map((line) => html`<span class="line">${line}</span>`)}</span>`;
}

const EMAIL = /^[^\s@?&#]+@[^\s@?&#/]+$/;

/** An e-mail address as a `mailto:` link, or as text when it does not look like one. */
export function emailLink(email: string): TemplateResult | string {
  if (!EMAIL.test(email)) return email;
  const at = email.lastIndexOf('@');
  return html`<a href="mailto:${encodeURIComponent(email.slice(0, at))}@${email.slice(at + 1)}">${email}</a>`;
}


export const linkStyles = css`
  a {
    color: var(--_primary);
  }
  /* A button that reads as a link (breadcrumb, document numbers). */
  .link {
    padding: 0;
    border: none;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .lines,
  .line {
    display: block;
  }
  /* Keeps Canada Post's two spaces before the postal code. */
  .lines .line {
    white-space: pre-wrap;
  }
`;
