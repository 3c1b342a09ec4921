import {css} from 'lit';
import {fieldStyles} from '../ui/field.styles.js';
import {dialogStyles} from '../ui/dialog.js';
import {tokens} from '../ui/tokens.styles.js';
import {accountingStateStyles} from './accounting-state.js';
import {actionDialogStyles} from './action-dialogs.js';
import {menuStyles} from './actions-menu.js';
import {headerStyles} from './detail-header.js';
import {tableStyles} from './history-tables.js';
import {tabStyles} from './history-tabs.js';
import {cardStyles} from './info-cards.js';
import {linkStyles} from './links.js';
import {chartStyles} from './sales-chart.js';
import {panelStyles} from './side-panels.js';

/** The page layout of `Clients_3.png`: two cards and the history, contacts and addresses on the right. */
const layoutStyles = css`
  :host {
    /* Greyed records and disabled actions; 4.5:1 on the cards. */
    --_inactive: var(--ic-color-inactive, #66727a);
    display: block;
    container-type: inline-size;
    padding: 16px 24px 24px;
    background: var(--_page);
  }
  :host([hidden]) {
    display: none;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(260px, 0.95fr);
    grid-template-areas:
      'coordinates information contacts'
      'history history addresses';
    gap: 24px;
    align-items: start;
  }
  .coordinates {
    grid-area: coordinates;
    align-self: stretch;
  }
  .layout > .info:not(.coordinates) {
    grid-area: information;
    align-self: stretch;
  }
  .layout > [part~='contacts'] {
    grid-area: contacts;
  }
  .layout > [part~='addresses'] {
    grid-area: addresses;
  }
  .layout > .history-tabs {
    grid-area: history;
  }
  @container (max-width: 1100px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'coordinates information'
        'contacts addresses'
        'history history';
    }
  }
  @container (max-width: 640px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'coordinates' 'information' 'contacts' 'addresses' 'history';
    }
  }
  .message {
    margin: 24px 0;
    font-size: 15px;
  }
  .banner {
    margin-block-end: 16px;
  }
`;

export const styles = [
  tokens,
  layoutStyles,
  linkStyles,
  headerStyles,
  menuStyles,
  cardStyles,
  panelStyles,
  tabStyles,
  tableStyles,
  chartStyles,
  accountingStateStyles,
  fieldStyles,
  dialogStyles,
  actionDialogStyles,
];
