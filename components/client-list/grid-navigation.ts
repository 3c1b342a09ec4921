/**
 * Keyboard model of the list's grid, apart from the DOM so that it works with virtual scrolling
 * (the active row may not be rendered) and can be tested alone.
 *
 * The grid is one tab stop. Inside it, one position is active: a header cell (its sort button),
 * a data row, or a data row's favourite star.
 */

/** Row index of the header row; data rows are numbered from 0 in display order. */
export const HEADER_ROW = -1;

export interface GridPosition {
  /** `HEADER_ROW` or the index of a visible client. */
  row: number;
  /** Column index; in data rows, any column but the star's means "the row itself". */
  column: number;
}

export interface GridShape {
  /** Visible clients. */
  rowCount: number;
  /** Columns whose header sorts (the header row's stops), in order. */
  headerStops: readonly number[];
  /** Stops of a data row, in order: the row itself (first) and its star. */
  rowStops: readonly number[];
  /** Rows moved by PageUp/PageDown. */
  pageSize: number;
}

/** The position really in effect once the rows changed (a search can leave fewer rows). */
export function clampPosition(position: GridPosition, shape: GridShape): GridPosition {
  const row = Math.min(position.row, shape.rowCount - 1);
  if (row === HEADER_ROW) return {row, column: snap(position.column, shape.headerStops)};
  return {row, column: snap(position.column, shape.rowStops)};
}

/**
 * The position after a key, or `null` when the key does not move (the caller then leaves it to
 * the browser). Home/End go to the first/last client; ArrowUp from the first client reaches
 * the column headers.
 */
export function moveInGrid(from: GridPosition, key: string, shape: GridShape): GridPosition | null {
  const position = clampPosition(from, shape);
  const last = shape.rowCount - 1;
  const toRow = (row: number): GridPosition => {
    const target = Math.max(HEADER_ROW, Math.min(row, last));
    return clampPosition({row: target, column: position.column}, shape);
  };
  switch (key) {
    case 'ArrowDown':
      return toRow(position.row + 1);
    case 'ArrowUp':
      return toRow(position.row - 1);
    case 'PageDown':
      return toRow(Math.max(position.row, 0) + shape.pageSize);
    case 'PageUp':
      return last < 0 ? position : toRow(Math.max(position.row - shape.pageSize, 0));
    case 'Home':
      return last < 0 ? position : toRow(0);
    case 'End':
      return last < 0 ? position : toRow(last);
    case 'ArrowRight':
    case 'ArrowLeft': {
      const stops = position.row === HEADER_ROW ? shape.headerStops : shape.rowStops;
      const index = stops.indexOf(position.column) + (key === 'ArrowRight' ? 1 : -1);
      return {row: position.row, column: stops[Math.max(0, Math.min(index, stops.length - 1))]};
    }
    default:
      return null;
  }
}

/** A column kept when the row type has it; otherwise the row type's first stop. */
function snap(column: number, stops: readonly number[]): number {
  return stops.includes(column) ? column : stops[0];
}
