import {css} from 'lit';
import {dialogStyles} from '../ui/dialog.js';
import {fieldStyles} from '../ui/field.styles.js';
import {tokens} from '../ui/tokens.styles.js';
import {tableStyles} from '../client-detail/history-tables.js';
import {fileListStyles} from './file-list.js';
import {noteEditorStyles} from './note-editor.js';
import {popoverStyles} from './popover.js';

/** The list of `Notes_1.png` and the editor of `Notes_2.png`. */
const panelStyles = css`
  :host {
    display: block;
    --_muted-text: #56646b;
  }
  :host([hidden]) {
    display: none;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    margin-block-end: 8px;
  }
  h2 {
    margin: 0;
    font-size: 22px;
    font-weight: 400;
    color: var(--_primary);
  }
  .add {
    width: 28px;
    height: 28px;
    border-radius: 8px;
  }
  /* The history tables' look (tableStyles); the panel's own height. */
  .table-scroll {
    max-height: var(--notes-panel-max-height, var(--client-detail-table-max-height, 320px));
  }
  .module {
    font-weight: 700;
    white-space: nowrap;
  }
  .created {
    white-space: nowrap;
  }
  .line {
    display: block;
  }
  .line + .line {
    margin-top: 6px;
  }
  .text {
    width: 100%;
  }
  .note-open {
    display: block;
    width: 100%;
    padding: 0;
    border: none;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .history .files-col {
    width: 40px;
    text-align: center;
  }
  .files {
    display: inline-flex;
    align-items: center;
    position: relative;
    color: var(--_primary);
    font-size: 18px;
  }
  .files .count {
    position: absolute;
    top: -8px;
    inset-inline-end: -10px;
    min-width: 16px;
    padding: 0 4px;
    border-radius: 8px;
    background: var(--_danger);
    color: #fff;
    font-size: 11px;
    font-weight: 700;
    line-height: 16px;
    text-align: center;
  }
  .empty,
  .message {
    margin: 12px 0;
    font-size: 14px;
  }
  .footnote {
    margin: 8px 0 0;
    font-size: 12px;
    font-style: italic;
  }
`;

export const styles = [tokens, fieldStyles, dialogStyles, popoverStyles, tableStyles, panelStyles, fileListStyles, noteEditorStyles];
