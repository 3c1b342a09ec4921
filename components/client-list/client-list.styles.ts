import {css} from 'lit';

/** interOP's "mode liste": teal title and headers on the light blue-grey page, rows on white. */
export const clientListStyles = css`
  :host {
    --_columns: var(
      --client-list-columns,
      minmax(112px, 1fr) minmax(120px, 3.4fr) minmax(100px, 1fr) minmax(80px, 1.9fr) minmax(80px, 2.6fr) 44px
    );
    --_columns-medium: var(
      --client-list-columns-medium,
      minmax(112px, 1fr) minmax(120px, 3fr) minmax(100px, 1.2fr) minmax(80px, 1.6fr) 44px
    );
    --_columns-narrow: var(--client-list-columns-narrow, minmax(64px, 1fr) minmax(0, 3fr) 40px);
    --_gutter: var(--client-list-gutter, 40px);
    /* Room between the keyboard focus ring and the text, taken from the gutter (no text moves). */
    --_ring-room: min(8px, var(--_gutter));
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
    min-height: 1.4em; /* kept while loading, when it is empty */
    margin: 0 0 6px;
    font-size: 12px;
  }
  .toolbar {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px 6px;
  }
  .spacer {
    flex: 1;
  }
  .search {
    position: relative;
    display: flex;
    align-items: center;
    flex: 0 1 248px;
    min-width: 0;
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
    /* On its own line when the toolbar wraps: still at the end. */
    margin-inline-start: auto;
  }

  /* --- filter panel ----------------------------------------------------------------------- */
  .filter-panel {
    position: absolute;
    top: calc(100% + 6px);
    left: 0;
    z-index: 2;
    width: min(300px, 100%);
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
    /* Muted, but readable (4.5:1 on the rows' background). */
    color: color-mix(in srgb, var(--_muted) 55%, var(--_text));
  }
  .message p {
    margin: 0;
  }
  .progress {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 10px;
    margin-top: 12px;
    font-variant-numeric: tabular-nums;
  }
  .progress-track {
    display: block;
    width: min(280px, 60%);
    height: 6px;
    border-radius: 3px;
    background: var(--_border);
    overflow: hidden;
  }
  .progress-fill {
    display: block;
    height: 100%;
    background: var(--_accent);
    transform-origin: left;
    transition: transform 0.2s linear;
  }
  @media (prefers-reduced-motion: reduce) {
    .progress-fill {
      transition: none;
    }
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
    position: relative;
    overflow: auto;
    /* Its size comes from the list, never from its rows: what changes inside stays inside. */
    contain: strict;
    background: var(--_surface);
    scrollbar-gutter: stable;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    column-gap: 16px;
    align-items: center;
    width: calc(100% - var(--_gutter) + var(--_ring-room));
    margin-left: calc(var(--_gutter) - var(--_ring-room));
    padding-left: var(--_ring-room);
    padding-right: 8px;
  }
  .head-row {
    align-items: stretch;
  }
  .head-row .cell {
    display: flex;
  }
  .rows-spacer {
    width: 1px;
  }
  /* Rows have one height (virtual scrolling computes where each one is); fixed-rows.ts places them. */
  .body .row {
    position: absolute;
    top: 0;
    left: 0;
    height: var(--_row-height);
    padding-block: 4px 5px;
    overflow: hidden;
    /* The separator starts under the text, as interOP's; the ring room on its left stays clear. */
    background: linear-gradient(var(--_border), var(--_border)) no-repeat right bottom / calc(100% - var(--_ring-room)) 1px;
    cursor: pointer;
  }
  .body .row:hover {
    background-color: rgb(11 58 74 / 0.04);
  }
  .cell {
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* Two lines at most (the row's height), as interOP's. */
  .body .cell:not(.fav) {
    line-height: 1.2;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
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
  /* The whole header cell sorts; the padding, taken back by the margins, leaves the focus ring room. */
  .sort {
    display: flex;
    flex: 1;
    align-items: center;
    gap: 2px;
    margin-inline: -6px;
    padding: 6px;
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
    background-color: rgb(31 127 163 / 0.08);
  }

  /* --- narrow lists: fewer columns, smaller gutter ------------------------------------- */
  /* The columns follow the list's own width, not the window's: classes set from its measured
     width (container queries would restyle every row at each frame of a scroll). */
  .medium .row {
    grid-template-columns: var(--_columns-medium);
  }
  .medium .cell.col-sector {
    display: none;
  }
  .frame.narrow {
    --_gutter: min(var(--client-list-gutter, 40px), 16px);
  }
  .narrow .row {
    grid-template-columns: var(--_columns-narrow);
    column-gap: 12px;
  }
  .narrow .cell.col-phone,
  .narrow .cell.col-status {
    display: none;
  }
  .narrow .search {
    flex: 1 1 160px;
  }

  /* --- filter panel: sections, pick lists, grouping and sort ---------------------------- */
  .filter-panel {
    /* 100%: the toolbar's width, so never past the list's edges (the list clips). */
    width: min(420px, 100%);
    box-sizing: border-box;
    /* --_room: the height left under the panel in the window (DropDownController). */
    max-height: min(80vh, 720px, var(--_room, 80vh));
    display: flex;
    flex-direction: column;
  }
  .filter-panel-body {
    overflow: auto;
    min-height: 0;
    flex: 1;
  }
  .filter-panel legend {
    width: 100%;
    padding: 4px 8px;
    box-sizing: border-box;
    background: color-mix(in srgb, var(--_primary) 14%, #fff);
    color: var(--_primary);
  }
  .filter-panel fieldset > :not(legend) {
    margin-inline: 8px;
  }
  .pick {
    display: grid;
    grid-template-columns: 8em 1fr;
    align-items: center;
    gap: 4px 8px;
    padding: 3px 0;
  }
  .pick-button,
  .panel-select {
    min-height: 28px;
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: #fff;
    color: inherit;
    font: inherit;
  }
  .pick-button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 6px;
    text-align: start;
    cursor: pointer;
  }
  .pick-button svg {
    flex: none;
    width: 14px;
    height: 14px;
  }
  .pick-list {
    grid-column: 1 / -1;
    max-height: 180px;
    overflow: auto;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  .panel-line .panel-select {
    width: calc(100% - 16px);
  }
  .sort-level {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 3px 0;
  }
  .sort-level .panel-select {
    flex: 1;
    width: auto;
  }
  .sort-number {
    width: 1.2em;
    font-weight: 600;
  }
  .filter-panel-actions {
    padding-top: 12px;
  }
  .danger-button {
    padding: 8px 12px;
    border: none;
    border-radius: 4px;
    background: var(--_danger);
    color: #fff;
    font: inherit;
    cursor: pointer;
  }

  /* --- list actions ------------------------------------------------------------------------ */
  .text-action {
    padding: 6px 8px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: none;
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }
  .text-action:not([disabled]):hover {
    border-color: var(--_border);
  }
  .text-action[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .text-action[aria-busy='true'] {
    cursor: progress;
  }

  /* --- group header rows ------------------------------------------------------------------- */
  .body .row.group-row {
    display: flex;
    align-items: center;
    /* A white line under each header: closed groups one under the other stay apart. */
    background:
      linear-gradient(#fff, #fff) no-repeat left bottom / 100% 1px,
      color-mix(in srgb, var(--_primary) 14%, #fff);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
    /* Shift-click opens or closes every group: it selects no text on the way. */
    user-select: none;
  }
  .group-cell {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .group-toggle svg {
    width: 14px;
    height: 14px;
  }
  .group-count {
    font-weight: 400;
  }

  @media (forced-colors: active) {
    .body .row {
      padding-bottom: 8px;
      border-bottom: 1px solid CanvasText;
    }
    .grid:focus-visible .row.active,
    .grid:focus-visible .sort.active,
    .grid:focus-visible .star.active {
      outline-color: Highlight;
    }
  }
`;
