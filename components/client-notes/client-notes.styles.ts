import {css} from 'lit';
import {dialogStyles} from '../ui/dialog.js';
import {tokens} from '../ui/tokens.styles.js';

/** The badge of `Fonctionnalites_Notes_06.png`: a pencil with a red count, and its pop-over. */
const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  :host([hidden]) {
    display: none;
  }
  .badge {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 34px;
    height: 34px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-size: 18px;
    cursor: pointer;
  }
  .badge:hover {
    background: #e3f0f5;
  }
  .count {
    position: absolute;
    top: -7px;
    inset-inline-end: -7px;
    min-width: 18px;
    padding: 0 5px;
    border-radius: 9px;
    background: var(--client-notes-count-color, var(--_danger));
    color: #fff;
    font-size: 11px;
    font-weight: 700;
    line-height: 18px;
    text-align: center;
  }
  .dialog[part~='popover'] {
    width: 820px;
  }
  .dialog[part~='popover'] .dialog-title {
    font-size: 20px;
  }
  .dialog[part~='popover'] .dialog-body {
    background: var(--_surface);
  }
`;

export const styles = [tokens, dialogStyles, badgeStyles];
