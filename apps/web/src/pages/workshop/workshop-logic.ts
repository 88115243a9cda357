import type {
  AgreedLevel,
  ConsensusInput,
  ConsensusItem,
  LevelStatistics,
  WorkshopCharacteristic,
} from '../../api/workshop.js';

// Pure rules of the workshop page: when to read the state again, the status of a characteristic,
// the bars of a distribution, and the facilitator's draft of a consensus item.

/** A live event of the workshop's stream (`event: workshop`). */
export interface WorkshopEvent {
  version: number;
  change: string;
  characteristicId?: string;
}

/** The event in a server-sent event's data, or undefined when it is not one. */
export function parseWorkshopEvent(data: unknown): WorkshopEvent | undefined {
  if (typeof data !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { version, change, characteristicId } = parsed as Record<string, unknown>;
  if (typeof version !== 'number' || typeof change !== 'string') return undefined;
  return {
    version,
    change,
    ...(typeof characteristicId === 'string' ? { characteristicId } : {}),
  };
}

/**
 * Whether the state held must be read again: always on `resync` (the server lost track of the
 * changes), when none is held yet, and when the event is newer than the state.
 */
export function needsRefresh(event: WorkshopEvent, stateVersion: number | undefined): boolean {
  return event.change === 'resync' || stateVersion === undefined || event.version > stateVersion;
}

/** Where a characteristic stands: agreed (a consensus with both levels), divergent groups, or open. */
export type CharacteristicStatus = 'agreed' | 'divergent' | 'open';

export function characteristicStatus(
  characteristic: WorkshopCharacteristic | undefined,
): CharacteristicStatus {
  if (characteristic?.consensus?.agreed) return 'agreed';
  if (characteristic && characteristic.divergence.length > 0) return 'divergent';
  return 'open';
}

/** The characteristics before and after the focus (in model order); the first one when there is no focus. */
export function neighbours(
  ids: readonly string[],
  focus: string | null,
): { previous: string | null; next: string | null } {
  const at = focus === null ? -1 : ids.indexOf(focus);
  if (at === -1) return { previous: null, next: ids[0] ?? null };
  return { previous: ids[at - 1] ?? null, next: ids[at + 1] ?? null };
}

/** One bar of a distribution chart. */
export interface Bar {
  level: number | 'unknown';
  count: number;
  /** Height as a share of the tallest bar (0–1). */
  height: number;
}

/** The bars of a measure: one per level, then "don't know". */
export function distributionBars(statistics: LevelStatistics, levels: readonly number[]): Bar[] {
  const counts: { level: number | 'unknown'; count: number }[] = [
    ...levels.map((level) => ({ level, count: statistics.distribution[String(level)] ?? 0 })),
    { level: 'unknown' as const, count: statistics.unknown },
  ];
  const tallest = Math.max(1, ...counts.map((c) => c.count));
  return counts.map((c) => ({ ...c, height: c.count / tallest }));
}

/**
 * Where the median falls across the level columns, as a share of their width (0–1): the middle of
 * level 3's column for 3, between the columns of 2 and 3 for 2.5. Null without a median.
 */
export function medianPosition(median: number | null, levelCount: number): number | null {
  if (median === null || levelCount < 1) return null;
  return (median - 0.5) / levelCount;
}

/** The levels a median points at: [3] for 3, [2, 3] for 2.5. */
export function levelsOfMedian(median: number | null): number[] {
  if (median === null) return [];
  return Number.isInteger(median) ? [median] : [Math.floor(median), Math.ceil(median)];
}

/** What the facilitator is editing: the levels (null: not chosen yet), the rationale and dissent. */
export interface ConsensusDraft {
  current: AgreedLevel | null;
  target: AgreedLevel | null;
  rationale: string;
  dissent: string;
}

const agreedLevelOf = (value: number | 'unknown' | null): AgreedLevel | null =>
  value === 'unknown' || (typeof value === 'number' && value >= 1 && value <= 5)
    ? (value as AgreedLevel)
    : null;

/** The draft a stored item starts (an empty one when nothing is recorded). */
export function draftOf(item: ConsensusItem | null): ConsensusDraft {
  return {
    current: agreedLevelOf(item?.current ?? null),
    target: agreedLevelOf(item?.target ?? null),
    rationale: item?.rationale ?? '',
    dissent: item?.dissent ?? '',
  };
}

/** True when the draft differs from what is stored (texts compared as the server stores them: trimmed). */
export function draftChanged(draft: ConsensusDraft, item: ConsensusItem | null): boolean {
  const stored = draftOf(item);
  return (
    draft.current !== stored.current ||
    draft.target !== stored.target ||
    draft.rationale.trim() !== stored.rationale.trim() ||
    draft.dissent.trim() !== stored.dissent.trim()
  );
}

/** The body to save, or undefined while a level is still missing. */
export function inputOf(draft: ConsensusDraft): ConsensusInput | undefined {
  if (draft.current === null || draft.target === null) return undefined;
  return {
    current: draft.current,
    target: draft.target,
    rationale: draft.rationale.trim(),
    dissent: draft.dissent.trim(),
  };
}

/** A file size the language's way: "850 B", "12 kB", "3.4 MB" (decimal units, as file managers show). */
export function formatFileSize(bytes: number, lang: 'zh' | 'en'): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const [value, unit] =
    bytes < 1000
      ? [bytes, 'byte']
      : bytes < 1_000_000
        ? [bytes / 1000, 'kilobyte']
        : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}
