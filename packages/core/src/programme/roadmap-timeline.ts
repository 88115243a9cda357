import { dayNumber } from './calendar-days.js';

/** A roadmap initiative as the timeline reads it. */
export interface TimelineInitiative {
  id: string;
  title: string;
  phaseId: string;
  /** YYYY-MM-DD; `endsOn` ≥ `startsOn`. */
  startsOn: string;
  endsOn: string;
  quickWin: boolean;
  /** A decimal with at most two decimals (e.g. "1250000.50"), or null when not set. */
  budget: string | null;
  /** ISO 4217 code. */
  currency: string;
}

/** A bar of the Gantt chart. */
export interface TimelineRow {
  initiativeId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  /** Days from start to end, both included. */
  days: number;
  quickWin: boolean;
}

/** The first start and the last end of a set of initiatives. */
export interface TimelineSpan {
  startsOn: string;
  endsOn: string;
  days: number;
}

/** The budget of a set of initiatives in one currency. */
export interface BudgetTotal {
  currency: string;
  /** Exact decimal sum, two decimals. */
  total: string;
  /** Initiatives with a budget in this currency. */
  initiatives: number;
}

/** A phase's lane of the Gantt chart. */
export interface TimelinePhase {
  phaseId: string;
  /** False for a phase id the pack does not have (its initiatives still show). */
  inPack: boolean;
  rows: TimelineRow[];
  span: TimelineSpan | null;
  budgets: BudgetTotal[];
  quickWins: number;
}

/** The roadmap as a timeline: lanes by phase, the programme's span, the budget per currency. */
export interface RoadmapTimeline {
  phases: TimelinePhase[];
  span: TimelineSpan | null;
  budgets: BudgetTotal[];
  /** Initiatives without a budget. */
  unbudgeted: number;
  quickWins: number;
}

/** Cents of a decimal budget (exact: budgets are summed as integers, never as floats). */
export function budgetCents(budget: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(budget.trim());
  if (!match) throw new Error(`not a budget: ${budget}`);
  return BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** A number of cents as a decimal with two decimals. */
export function formatCents(cents: bigint): string {
  const whole = cents / 100n;
  const rest = cents % 100n;
  return `${whole.toString()}.${rest.toString().padStart(2, '0')}`;
}

function spanOf(rows: readonly { startsOn: string; endsOn: string }[]): TimelineSpan | null {
  if (rows.length === 0) return null;
  const startsOn = rows.map((r) => r.startsOn).reduce((a, b) => (b < a ? b : a));
  const endsOn = rows.map((r) => r.endsOn).reduce((a, b) => (b > a ? b : a));
  return { startsOn, endsOn, days: dayNumber(endsOn) - dayNumber(startsOn) + 1 };
}

/**
 * Budget totals per currency, currencies in alphabetical order. Amounts in different currencies
 * are never added together: a programme funded in yuan and euros shows two totals.
 */
export function budgetTotals(
  initiatives: readonly Pick<TimelineInitiative, 'budget' | 'currency'>[],
): BudgetTotal[] {
  const totals = new Map<string, { cents: bigint; initiatives: number }>();
  for (const { budget, currency } of initiatives) {
    if (budget === null) continue;
    const total = totals.get(currency) ?? { cents: 0n, initiatives: 0 };
    total.cents += budgetCents(budget);
    total.initiatives += 1;
    totals.set(currency, total);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, t]) => ({
      currency,
      total: formatCents(t.cents),
      initiatives: t.initiatives,
    }));
}

const byStart = (a: TimelineInitiative, b: TimelineInitiative) =>
  a.startsOn.localeCompare(b.startsOn) ||
  a.endsOn.localeCompare(b.endsOn) ||
  a.title.localeCompare(b.title) ||
  a.id.localeCompare(b.id);

/**
 * The Gantt view of the roadmap: one lane per phase of the pack, in the pack's order (then any
 * phase id the pack lacks, alphabetically), its initiatives by start date, its span and budget
 * per currency; the programme's span and budget per currency over all initiatives.
 */
export function roadmapTimeline(
  phaseIds: readonly string[],
  initiatives: readonly TimelineInitiative[],
): RoadmapTimeline {
  const extra = [...new Set(initiatives.map((i) => i.phaseId))]
    .filter((id) => !phaseIds.includes(id))
    .sort();
  const phases = [...phaseIds, ...extra].map((phaseId) => {
    const members = initiatives.filter((i) => i.phaseId === phaseId).sort(byStart);
    return {
      phaseId,
      inPack: phaseIds.includes(phaseId),
      rows: members.map((i) => ({
        initiativeId: i.id,
        title: i.title,
        startsOn: i.startsOn,
        endsOn: i.endsOn,
        days: dayNumber(i.endsOn) - dayNumber(i.startsOn) + 1,
        quickWin: i.quickWin,
      })),
      span: spanOf(members),
      budgets: budgetTotals(members),
      quickWins: members.filter((i) => i.quickWin).length,
    };
  });
  return {
    phases,
    span: spanOf(initiatives),
    budgets: budgetTotals(initiatives),
    unbudgeted: initiatives.filter((i) => i.budget === null).length,
    quickWins: initiatives.filter((i) => i.quickWin).length,
  };
}
