import {css} from 'lit';

/**
 * Global design tokens (`--ic-*`), interOP's look. Hosts override them on any ancestor.
 * Everything is sized in px and every inherited property is reset on `:host`, so that a host
 * page's `html { font-size: 62.5% }`, `body { font: 11px Tahoma }` or `* { line-height: 3 }`
 * changes nothing inside.
 *
 * @cssproperty --ic-font-family - Font of the module.
 * @cssproperty --ic-font-size - Base text size (px).
 * @cssproperty --ic-color-text - Main text colour.
 * @cssproperty --ic-color-muted - Secondary text and inactive records.
 * @cssproperty --ic-color-primary - interOP dark teal: header, primary buttons, links.
 * @cssproperty --ic-color-accent - Icons and highlights (favourite star, default contact).
 * @cssproperty --ic-color-surface - Cards and list background.
 * @cssproperty --ic-color-page - Page background (light blue-grey).
 * @cssproperty --ic-color-border - Row separators and card borders.
 * @cssproperty --ic-color-danger - Required stars and errors.
 * @cssproperty --ic-color-success - Active status dot, synchronised marks.
 * @cssproperty --ic-radius - Corner radius of cards and buttons.
 */
export const tokens = css`
  :host {
    --_font: var(--ic-font-family, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_size: var(--ic-font-size, 14px);
    --_text: var(--ic-color-text, #1d2b33);
    --_muted: var(--ic-color-muted, #8a979e);
    --_primary: var(--ic-color-primary, #0b3a4a);
    --_primary-contrast: var(--ic-color-primary-contrast, #ffffff);
    --_accent: var(--ic-color-accent, #1f7fa3);
    --_surface: var(--ic-color-surface, #fafbfb);
    --_page: var(--ic-color-page, #e9eff2);
    --_tab: var(--ic-color-tab, #9fb8c4);
    --_border: var(--ic-color-border, #b9c8cf);
    --_danger: var(--ic-color-danger, #c62828);
    --_success: var(--ic-color-success, #2fbf71);
    --_radius: var(--ic-radius, 6px);
    --_focus: var(--ic-color-focus, #1f7fa3);

    /* Page rules that match the host element itself (\`*{line-height:3}\`) would beat plain
       :host rules; important declarations of the shadow tree win over the page's. Theme
       through the --ic-* properties instead. */
    font-family: var(--_font) !important;
    font-size: var(--_size) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    font-variant: normal !important;
    line-height: 1.4 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .icon {
    width: 1.15em;
    height: 1.15em;
    flex: none;
    vertical-align: -0.2em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 28px;
    min-height: 28px;
    padding: 4px;
    border: none;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_primary);
    cursor: pointer;
    line-height: 1;
  }
  .icon-button:hover {
    background: rgb(11 58 74 / 0.08);
  }
  .icon-button.filled {
    background: var(--_primary);
    color: var(--_primary-contrast);
  }
  .icon-button[disabled] {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .primary-button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    padding: 8px 20px;
    border: none;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_primary-contrast);
    font-weight: 600;
    font-size: 13px;
    cursor: pointer;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.18);
  }
  .primary-button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .card {
    background: var(--_surface);
    border-radius: var(--_radius);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.08);
  }
  .banner {
    display: flex;
    gap: 8px;
    align-items: center;
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: #fff4e5;
    color: #6b3d00;
    border: 1px solid #f0c27b;
  }
`;
