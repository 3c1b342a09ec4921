import {css} from 'lit';

/** interOP's "mode liste": teal title and headers on the light blue-grey page, rows on white. */
export const clientListStyles = css`
  :host {
    --_columns: var(
      --client-list-columns,
      minmax(80px, 1fr) minmax(120px, 3.4fr) minmax(100px, 1fr) minmax(0, 1.9fr) minmax(0, 2.6fr) 44px
    );
    --_gutter: var(--client-list-gutter, 40px);
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 420px;
    background: var(--_page);
    overflow: hidden;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }

  /* --- header and toolbar --------------------------------------------------------------- */
  .header {
    flex: none;
    padding: 24px var(--_gutter) 20px;
  }
  h1 {
    margin: 0 0 14px;
    font-size: 26px;
    font-weight: 400;
    line-height: 1.2;
    color: var(--_primary);
  }
  .count {
    margin: 0 0 6px;
    font-size: 12px;
  }
  .toolbar {
    position: relative;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .spacer {
    flex: 1;
  }
  .search {
    position: relative;
    display: flex;
    align-items: center;
    width: 248px;
    max-width: 100%;
    border-radius: var(--_radius);
    background: #fff;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
  }
  .search:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .search input {
    flex: 1;
    min-width: 0;
    padding: 7px 36px 7px 10px;
    border: none;
    background: transparent;
    font-size: 15px;
    outline: none;
    appearance: none;
  }
  .search input::placeholder {
    color: #9aa6ad;
    opacity: 1;
  }
  .search input::-webkit-search-cancel-button {
    appearance: none;
    display: none;
  }
  .clear-button {
    position: absolute;
    right: 4px;
    color: var(--_muted);
  }
  .clear-button[disabled] {
    opacity: 0.6;
    cursor: default;
  }
  .filter-button .icon,
  .refresh-button .icon {
    width: 20px;
    height: 20px;
  }
  .filter-button {
    gap: 6px;
    padding: 4px 6px;
    font-size: 14px;
  }
  .refresh-button[aria-busy='true'] .icon {
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .create-button {
    flex: none;
  }

  /* --- filter panel ----------------------------------------------------------------------- */
  .filter-panel {
    position: absolute;
    top: calc(100% + 6px);
    left: 0;
    z-index: 2;
    width: 300px;
    padding: 12px 16px 16px;
    background: #fff;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .filter-panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .filter-panel h2 {
    margin: 0;
    font-size: 16px;
    font-weight: 600;
    color: var(--_primary);
  }
  .filter-panel fieldset {
    margin: 8px 0 16px;
    padding: 0;
    border: none;
  }
  .filter-panel legend {
    padding: 0;
    margin-bottom: 6px;
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 3px 0;
    cursor: pointer;
  }
  .check input {
    width: 16px;
    height: 16px;
    accent-color: var(--_primary);
  }
  .filter-panel-actions {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .text-button {
    padding: 8px 4px;
    border: none;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }

  /* --- problem banner and messages ------------------------------------------------------- */
  .problem {
    margin: 0 var(--_gutter) 12px;
  }
  .message {
    position: absolute;
    inset: 64px 0 auto;
    margin: 0;
    padding: 0 var(--_gutter);
    text-align: center;
    color: var(--_muted);
  }

  /* --- grid ----------------------------------------------------------------------------- */
  .table {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }
  .grid {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
    outline: none;
  }
  .head {
    flex: none;
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  .body {
    flex: 1;
    min-height: 0;
    background: var(--_surface);
    scrollbar-gutter: stable;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    column-gap: 16px;
    align-items: center;
    width: calc(100% - var(--_gutter));
    margin-left: var(--_gutter);
    padding-right: 8px;
  }
  .body .row {
    min-height: 43px;
    padding-block: 8px;
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
  }
  .body .row:hover {
    background: rgb(11 58 74 / 0.04);
  }
  .cell {
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .code {
    font-weight: 700;
    color: var(--_primary);
  }
  .phone {
    white-space: nowrap;
  }
  .row.inactive,
  .row.inactive .code {
    color: var(--_muted);
  }
  .fav {
    display: flex;
    justify-content: center;
  }
  .star {
    color: var(--_muted);
  }
  .star.on {
    color: var(--_accent);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 6px 0;
    border: none;
    background: none;
    color: var(--_primary);
    font-size: 14px;
    text-align: start;
    cursor: pointer;
  }
  .sort:hover {
    text-decoration: underline;
  }

  /* The active position shows only while the grid has the keyboard focus. */
  .grid:focus-visible .row.active,
  .grid:focus-visible .sort.active,
  .grid:focus-visible .star.active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .grid:focus-visible .row.active {
    background: rgb(31 127 163 / 0.08);
  }

  @media (forced-colors: active) {
    .grid:focus-visible .row.active,
    .grid:focus-visible .sort.active,
    .grid:focus-visible .star.active {
      outline-color: Highlight;
    }
  }
`;
