import type { CellGridSpec, GridCell } from '@citymaturity/charts';
import type { ReviewHistory } from '../../../api/programme-reviews.js';
import type { Lang } from '../../../components/lang.js';
import { chartedSlice, shortDate } from './review-logic.js';

// The self-checks' trend as a heat table (the workspace's cell grid, `@citymaturity/charts`): one
// row per procurement row or governance change, one column per review, each cell the position
// rated then, written as its number and words on a fill that darkens from the first value of the
// scale (traditional, not begun) to the last (smart, embedded).

/** Light to dark blues; the grid writes each cell's text dark or white, whichever contrasts more. */
const ramp = ['#EAF2FB', '#C6DBEF', '#9ECAE1', '#4A90C9', '#0B5CAB'] as const;

/** The fill of a position on a scale of `max` values (1 lightest … max darkest). */
export function positionFill(value: number, max: number): string {
  if (max <= 1) return ramp[ramp.length - 1] ?? '#0B5CAB';
  const index = Math.round(((value - 1) / (max - 1)) * (ramp.length - 1));
  return ramp[Math.min(ramp.length - 1, Math.max(0, index))] ?? '#0B5CAB';
}

/** The words of the position grid, in the interface language. */
export interface PositionGridText {
  /** "Not rated". */
  notRated: string;
  /** "Review of {{date}}" already filled in by the caller per column: a function. */
  reviewOf: (date: string) => string;
  /** The chart's description; `{items}` is replaced by every cell in words. */
  description: string;
}

/** A row label cut to a length (the tooltip and the description have it whole). */
function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * The self-check trend of a kind (procurement, governance): the items in the pack's order as
 * rows (`rowLabel` names each), the charted reviews as columns (short dates), each cell the
 * rating's value and words, white with a dash when not rated.
 */
export function positionGridSpec(
  history: Pick<ReviewHistory, 'reviews' | 'items' | 'scale'>,
  lang: Lang,
  rowLabel: (item: ReviewHistory['items'][number]) => string,
  text: PositionGridText,
): CellGridSpec {
  const reviews = chartedSlice(history.reviews);
  const dates = reviews.map((r) => shortDate(r.reviewedOn, lang));
  const words = (value: number | undefined) =>
    value === undefined
      ? text.notRated
      : `${String(value)} ${history.scale.values.find((v) => v.value === value)?.label[lang] ?? ''}`.trim();
  const cells: GridCell[] = history.items.flatMap((item, row) =>
    reviews.map((review, column) => {
      const value = review.ratings.find((r) => r.itemId === item.id)?.rating;
      return {
        row,
        column,
        fill: value === undefined ? '#FFFFFF' : positionFill(value, history.scale.max),
        lines:
          value === undefined
            ? ['–']
            : [
                String(value),
                history.scale.values.find((v) => v.value === value)?.label[lang] ?? '',
              ],
        tooltip: [rowLabel(item), `${text.reviewOf(dates[column] ?? '')}: ${words(value)}`],
      };
    }),
  );
  const separator = lang === 'zh' ? '，' : ', ';
  const items = history.items.map(
    (item) =>
      `${rowLabel(item)}: ${reviews
        .map((review, i) => {
          const value = review.ratings.find((r) => r.itemId === item.id)?.rating;
          return `${dates[i] ?? ''} ${words(value)}`;
        })
        .join(separator)}`,
  );
  return {
    rows: history.items.map((item) => cut(rowLabel(item), 40)),
    columns: dates,
    cells,
    description: text.description.replace('{items}', items.join('; ')),
  };
}
