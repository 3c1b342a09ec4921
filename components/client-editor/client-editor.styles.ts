import {css} from 'lit';
import {duplicateStyles} from './duplicate-warning.js';
import {logoStyles} from './logo-upload.js';

/** The editor's layout (`Clients_5.png`, `Clients_7_infosadd_std.png`, `Clients_8_admin.png`). */
const layout = css`
  :host {
    display: contents;
  }
  .editor-form {
    display: flex;
    flex-direction: column;
    min-height: 100%;
  }
  .message {
    margin: 24px 0;
    font-size: 15px;
  }
  .tabs {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 2px;
  }
  .tab {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    padding: 9px 12px;
    border: none;
    border-radius: 10px 10px 0 0;
    background: var(--_tab);
    color: var(--_primary);
    font-size: 13px;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    background: var(--_surface);
    font-weight: 700;
  }
  .tab:focus-visible {
    outline-offset: -3px;
  }
  .tab-error {
    color: var(--_danger);
    display: inline-flex;
  }
  .tabpanel {
    flex: 1;
    padding: 20px 24px 24px;
    background: var(--_surface);
    border-radius: 0 0 var(--_radius) var(--_radius);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.08);
  }
  .tabpanel[hidden] {
    display: none;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 24px 48px;
  }
  .column {
    display: flex;
    flex-direction: column;
    gap: 16px;
    min-width: 0;
  }
  .column.address {
    border-inline-start: 1px solid var(--_primary);
    padding-inline-start: 24px;
  }
  .row {
    display: flex;
    gap: 12px;
    align-items: flex-start;
  }
  .row > .field {
    flex: 1 1 0;
  }
  .row > .field.narrow {
    flex: 0 1 160px;
  }
  .row > .checkbox-field {
    flex: 0 0 auto;
    padding-top: 26px;
  }
  .field.date {
    max-width: 220px;
  }
  .notes textarea {
    min-height: 320px;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 8px 24px;
  }
  .section-title {
    margin: 0;
    font-size: 18px;
    font-weight: 500;
    color: var(--_primary);
  }
  .credit {
    margin-top: 24px;
    padding-top: 20px;
    border-top: 1px solid var(--_primary);
    display: grid;
    gap: 12px;
  }
  .primary-button.wide {
    justify-content: center;
    width: 100%;
  }
  .spin .icon {
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spin .icon {
      animation: none;
    }
  }
  .note {
    margin: 0;
    font-size: 13px;
    color: var(--_muted-text, #56646b);
  }
  .read-only-note {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-bottom: 16px;
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: #fff4e5;
    color: #5c3400;
  }
  .restored {
    margin: 0 0 12px;
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: #e8f3f8;
    color: #0b3a4a;
    border: 1px solid #9fc6d8;
  }
  .form-problem {
    display: flex;
    gap: 10px;
    align-items: flex-start;
    margin-bottom: 12px;
    padding: 10px 14px;
    border-radius: var(--_radius);
    background: #fdecea;
    color: #8a1c1c;
    border: 1px solid #f3b7b2;
  }
  .form-problem p {
    margin: 0;
  }
  .footer-note {
    flex: 1;
    font-size: 13px;
    color: var(--_muted-text, #56646b);
  }
  @media (max-width: 760px) {
    .columns,
    .checks {
      grid-template-columns: minmax(0, 1fr);
    }
    .column.address {
      border-inline-start: none;
      padding-inline-start: 0;
    }
    .row {
      flex-wrap: wrap;
    }
  }
`;

export const editorStyles = [layout, duplicateStyles, logoStyles];
