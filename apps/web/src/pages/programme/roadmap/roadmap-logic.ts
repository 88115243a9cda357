import type { GanttChartInput } from '@citymaturity/charts';
import type { RoadmapComparisonStatus } from '@citymaturity/core';
import type {
  CharacteristicComparison,
  Initiative,
  InitiativeInput,
  Roadmap,
} from '../../../api/programme-roadmap.js';
import { langTag, type Lang } from '../../../components/lang.js';

/** The comparison's statuses, the ones that need the programme office's attention first. */
export const comparisonStatusOrder: readonly RoadmapComparisonStatus[] = [
  'not-on-roadmap',
  'roadmap-below-target',
  'roadmap-only',
  'roadmap-above-target',
  'matches',
  'not-planned',
];

/** The name of a phase as the timeline and the lists show it: "2 · Initiation". */
export function phaseLabel(roadmap: Pick<Roadmap, 'phases'>, phaseId: string, lang: Lang): string {
  const phase = roadmap.phases.find((p) => p.id === phaseId);
  return phase ? `${String(phase.number)} · ${phase.name[lang]}` : phaseId;
}

/**
 * The timeline chart's input: one group per lane of the API's timeline (the pack's phases in
 * order, then phases the pack no longer has), its rows by start date, today's line and the
 * assessment's two-year horizon when there is one.
 */
export function roadmapGanttInput(
  roadmap: Roadmap,
  lang: Lang,
  today: string,
  horizonLabel: string,
): GanttChartInput {
  return {
    groups: roadmap.timeline.phases.map((lane) => ({
      id: lane.phaseId,
      label: phaseLabel(roadmap, lane.phaseId, lang),
    })),
    rows: roadmap.timeline.phases.flatMap((lane) =>
      lane.rows.map((row) => ({
        id: row.initiativeId,
        label: row.title,
        group: lane.phaseId,
        start: row.startsOn,
        end: row.endsOn,
        quickWin: row.quickWin,
      })),
    ),
    today,
    ...(roadmap.comparison?.horizon
      ? { horizon: { date: roadmap.comparison.horizon, label: horizonLabel } }
      : {}),
  };
}

/**
 * An amount of money (the API's exact decimal string, e.g. "1250000.50") in a currency, written
 * the language's way without going through floating point (¥1,250,000.50 · €80,000.00).
 */
export function formatMoney(amount: string, currency: string, lang: Lang): string {
  try {
    const format = new Intl.NumberFormat(langTag(lang), {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    // Intl formats a numeric string exactly (ES2023).
    return format.format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A level of the assessment or the roadmap: a whole level, or a median such as 2.5; "—" for none. */
export function formatLevel(level: number | null, lang: Lang): string {
  if (level === null) return '—';
  return new Intl.NumberFormat(langTag(lang), { maximumFractionDigits: 1 }).format(level);
}

/** The characteristics in the order the comparison lists them, filtered to those a plan concerns. */
export function comparedCharacteristics(
  characteristics: readonly CharacteristicComparison[],
  onlyPlanned: boolean,
): CharacteristicComparison[] {
  return onlyPlanned
    ? characteristics.filter((c) => c.status !== 'not-planned')
    : [...characteristics];
}

/**
 * Where a characteristic's roadmap falls short of the two-year target within the horizon: the
 * roadmap as a whole reaches the target (or more), but only later initiatives do.
 */
export function reachedOnlyAfterHorizon(c: CharacteristicComparison): boolean {
  return (
    c.target !== null &&
    c.roadmapLevel !== null &&
    c.roadmapLevel >= c.target &&
    (c.levelByHorizon === null || c.levelByHorizon < c.target)
  );
}

/** The values of the initiative form (text fields as typed). */
export interface InitiativeFormValues {
  phaseId: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  owner: string;
  budget: string;
  currency: string;
  quickWin: boolean;
  componentCodes: string[];
  lifts: { characteristicId: string; targetLevel: number }[];
}

/** The form's values for a new initiative (in a phase) or for changing one. */
export function initiativeFormValues(
  initiative: Initiative | undefined,
  phaseId: string,
): InitiativeFormValues {
  if (!initiative)
    return {
      phaseId,
      title: '',
      description: '',
      startsOn: '',
      endsOn: '',
      owner: '',
      budget: '',
      currency: 'CNY',
      quickWin: false,
      componentCodes: [],
      lifts: [],
    };
  return {
    phaseId: initiative.phaseId,
    title: initiative.title,
    description: initiative.description,
    startsOn: initiative.startsOn,
    endsOn: initiative.endsOn,
    owner: initiative.owner,
    budget: initiative.budget ?? '',
    currency: initiative.currency,
    quickWin: initiative.quickWin,
    componentCodes: [...initiative.componentCodes],
    lifts: initiative.lifts.map((l) => ({ ...l })),
  };
}

/**
 * A budget as typed ("1,250,000.5", "80 000") as the API takes it ("1250000.5"): separators of
 * thousands (commas, spaces) dropped; empty → null; undefined when it is not an amount with at
 * most two decimals.
 */
export function budgetOf(typed: string): string | null | undefined {
  const compact = typed.replace(/[\s,，_]/g, '');
  if (compact === '') return null;
  return /^\d{1,14}(\.\d{1,2})?$/.test(compact) ? compact : undefined;
}

/** The API's body for the form's values (lifts without a characteristic left out). */
export function initiativeInputOf(values: InitiativeFormValues): InitiativeInput {
  return {
    phaseId: values.phaseId,
    title: values.title.trim(),
    description: values.description.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    owner: values.owner.trim(),
    budget: budgetOf(values.budget) ?? null,
    currency: values.currency.trim().toUpperCase() || 'CNY',
    quickWin: values.quickWin,
    componentCodes: values.componentCodes,
    lifts: values.lifts.filter((l) => l.characteristicId !== ''),
  };
}

/** How the conflict table words an initiative's fields. */
export interface InitiativeWords {
  phase: (phaseId: string) => string;
  money: (amount: string, currency: string) => string;
  yes: string;
  no: string;
  lift: (characteristicId: string, level: number) => string;
}

/** An initiative's fields as text, field by field (for the conflict table). */
export function initiativeFieldTexts(
  value: InitiativeInput,
  words: InitiativeWords,
): Record<keyof InitiativeInput, string> {
  return {
    phaseId: words.phase(value.phaseId),
    title: value.title,
    description: value.description,
    startsOn: value.startsOn,
    endsOn: value.endsOn,
    owner: value.owner,
    budget: value.budget === null ? '' : words.money(value.budget, value.currency),
    currency: value.currency,
    quickWin: value.quickWin ? words.yes : words.no,
    componentCodes: value.componentCodes.join(', '),
    lifts: value.lifts.map((l) => words.lift(l.characteristicId, l.targetLevel)).join('\n'),
  };
}

/** The fields the conflict table compares, in the form's order (currency goes with the budget). */
export const initiativeFields = [
  'phaseId',
  'title',
  'description',
  'startsOn',
  'endsOn',
  'owner',
  'budget',
  'quickWin',
  'componentCodes',
  'lifts',
] as const satisfies readonly (keyof InitiativeInput)[];
