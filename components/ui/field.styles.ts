import {css} from 'lit';

/**
 * Styles of the fields of `fields.ts` and `combobox.ts` (interOP's editors: bold labels, light
 * blue-grey controls without border, red stars and messages). Use with `tokens`.
 */
export const fieldStyles = css`
  :host {
    --_control-bg: var(--ic-color-control, #eaf0f3);
    --_control-height: 36px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 6px;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  .field-label {
    font-weight: 700;
    font-size: 13px;
    color: var(--_primary);
    padding: 0;
  }
  .required-star {
    color: var(--_danger);
    margin-inline-start: 4px;
  }
  .control {
    width: 100%;
    min-height: var(--_control-height);
    padding: 6px 12px;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_control-bg);
    font-size: 14px;
  }
  textarea.control {
    resize: vertical;
    min-height: 72px;
  }
  .control:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
    background: #fff;
    box-shadow: 0 1px 6px rgb(0 0 0 / 0.15);
  }
  .control[readonly],
  .control:disabled {
    background: transparent;
    border-color: var(--_border);
    color: var(--_text);
    opacity: 1;
  }
  .control:disabled {
    cursor: not-allowed;
  }
  .invalid .control,
  .invalid .combobox-input {
    border-color: var(--_danger);
  }
  .select-wrap {
    position: relative;
    display: block;
  }
  .select-wrap select {
    appearance: none;
    padding-inline-end: 34px;
  }
  .select-wrap > .icon {
    position: absolute;
    inset-inline-end: 10px;
    top: 50%;
    transform: translateY(-50%);
    pointer-events: none;
    color: var(--_primary);
  }
  .field-error {
    display: flex;
    gap: 6px;
    align-items: flex-start;
    margin: 0;
    color: var(--_danger);
    font-size: 13px;
  }
  .field-hint {
    margin: 0;
    color: var(--_muted-text, #56646b);
    font-size: 12px;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 10px;
    min-height: 28px;
  }
  .check label {
    font-weight: 700;
    font-size: 13px;
    color: var(--_primary);
  }
  .check input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .radio-group {
    gap: 4px;
  }
  .read-only-value .value {
    display: block;
    min-height: var(--_control-height);
    padding: 8px 0;
  }

  /* searchable picker */
  .combobox {
    position: relative;
  }
  .combobox-row {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .combobox-input {
    flex: 1;
  }
  .listbox {
    position: absolute;
    z-index: 5;
    inset-inline: 0;
    top: calc(100% + 4px);
    max-height: 260px;
    overflow: auto;
    margin: 0;
    padding: 6px 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_primary);
    border-radius: 10px;
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    padding: 8px 12px;
    cursor: pointer;
  }
  .option[aria-selected='true'],
  .option:hover {
    background: rgb(11 58 74 / 0.1);
  }
  .option .option-code {
    font-weight: 700;
    margin-inline-end: 8px;
  }
  .listbox .empty {
    padding: 8px 12px;
    color: var(--_muted-text, #56646b);
  }
`;
