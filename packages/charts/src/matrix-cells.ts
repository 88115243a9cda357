/**
 * What one half of a maturity-matrix cell shows: the level is reached now, planned within two
 * years, or neither. A cell is split in halves so that half-level medians (2.5) can be drawn.
 */
export type HalfCellState = 'current' | 'planned' | 'none';

/** The state of a whole cell, named after its legend entry. */
export type MatrixCellState =
  'reached' | 'planned' | 'neither' | 'halfReached' | 'halfPlanned' | 'halfReachedRestPlanned';

/** One cell of the maturity matrix: a characteristic at one level. */
export interface MatrixCell {
  level: number;
  /** The lower half of the level (from level − 1 to level − 0.5). */
  left: HalfCellState;
  /** The upper half of the level (from level − 0.5 to level). */
  right: HalfCellState;
  state: MatrixCellState;
  /** The symbol drawn in the cell, so that colour is not the only carrier of the state. */
  symbol: string;
}

/** The symbol of each cell state (an empty cell shows none). */
export const matrixCellSymbols: Readonly<Record<MatrixCellState, string>> = {
  reached: '●',
  planned: '○',
  neither: '',
  halfReached: '●½',
  halfPlanned: '○½',
  halfReachedRestPlanned: '◐',
};

/** How much of `level` a median covers: 1 (reached), 0.5 (half way, a median of level − 0.5) or 0. */
function coverage(level: number, median: number | null): number {
  if (median === null) return 0;
  if (median >= level) return 1;
  if (median >= level - 0.5) return 0.5;
  return 0;
}

function cellState(left: HalfCellState, right: HalfCellState): MatrixCellState {
  if (left === 'current') {
    if (right === 'current') return 'reached';
    return right === 'planned' ? 'halfReachedRestPlanned' : 'halfReached';
  }
  if (left === 'planned') return right === 'planned' ? 'planned' : 'halfPlanned';
  return 'neither';
}

/**
 * The cell of the maturity matrix for one level of a characteristic, as in figure 1 of
 * ISO/TS 37107: the level is reached now when it is at most the current median, planned when it
 * is at most the target median (the level planned in two years), neither otherwise. A median
 * ending in .5 fills half of the next level's cell (a median of 2.5 has reached level 2 and half
 * of level 3).
 * @param current the current-level median, null when nobody gave a level
 * @param target the target-level median, null when nobody gave a level
 */
export function matrixCell(
  level: number,
  current: number | null,
  target: number | null,
): MatrixCell {
  const now = coverage(level, current);
  const planned = coverage(level, target);
  const left: HalfCellState = now >= 0.5 ? 'current' : planned >= 0.5 ? 'planned' : 'none';
  const right: HalfCellState = now === 1 ? 'current' : planned === 1 ? 'planned' : 'none';
  const state = cellState(left, right);
  return { level, left, right, state, symbol: matrixCellSymbols[state] };
}
