import type { OperatingModelPack } from '@citymaturity/model';
import type {
  Principle,
  PrincipleAgreement,
  RegisteredStakeholder,
} from '../../../api/programme-components.js';
import type { Lang } from '../../../components/lang.js';

/** How the city holds a principle, with "not decided yet" for one of the standard without a row. */
export type StanceKey = 'undecided' | 'adopted' | 'adapted' | 'added';

export function stanceKey(principle: Pick<Principle, 'stance'>): StanceKey {
  return principle.stance ?? 'undecided';
}

type PackPrinciple = NonNullable<OperatingModelPack['implementation_principles']>[number];

/**
 * The name a principle goes by: the city's title (an adapted principle may have one, an added
 * one always has), else the standard's name.
 */
export function principleName(
  principle: Pick<Principle, 'title'>,
  packPrinciple: PackPrinciple | undefined,
  lang: Lang,
): string {
  return principle.title.trim() || packPrinciple?.name[lang] || '';
}

/** A row of the agreements form: a registered stakeholder, whether they agreed, and when. */
export interface AgreementRow {
  stakeholderId: string;
  name: string;
  typeId: string;
  affiliation: string;
  agreed: boolean;
  /** YYYY-MM-DD (kept when unticked, so that ticking again restores it). */
  agreedOn: string;
}

/**
 * The agreements form's rows: every stakeholder of the register, in the register's order, ticked
 * with their recorded date when they agreed, else unticked with `today` ready.
 */
export function agreementRows(
  stakeholders: readonly RegisteredStakeholder[],
  agreements: readonly PrincipleAgreement[],
  today: string,
): AgreementRow[] {
  const recorded = new Map(agreements.map((a) => [a.stakeholderId, a.agreedOn]));
  return stakeholders.map((s) => ({
    stakeholderId: s.id,
    name: s.name,
    typeId: s.typeId,
    affiliation: s.affiliation,
    agreed: recorded.has(s.id),
    agreedOn: recorded.get(s.id) ?? today,
  }));
}

/** What the API takes: the ticked rows, in order. */
export function agreementsInput(
  rows: readonly AgreementRow[],
): { stakeholderId: string; agreedOn: string }[] {
  return rows
    .filter((r) => r.agreed)
    .map((r) => ({ stakeholderId: r.stakeholderId, agreedOn: r.agreedOn }));
}

/**
 * The field problems of a refused agreements list by stakeholder: an issue at
 * `body.agreements.<i>.…` belongs to the i-th stakeholder sent.
 */
export function agreementIssues(
  issues: readonly { path: string; message: string }[],
  sent: readonly { stakeholderId: string }[],
): Map<string, string[]> {
  const byStakeholder = new Map<string, string[]>();
  for (const issue of issues) {
    const match = /^(?:body\.)?agreements\.(\d+)(?:\.|$)/.exec(issue.path);
    const id = match ? sent[Number(match[1])]?.stakeholderId : undefined;
    if (id === undefined) continue;
    byStakeholder.set(id, [...(byStakeholder.get(id) ?? []), issue.message]);
  }
  return byStakeholder;
}

/** A list of agreements as lines of text (for comparing two versions), by name. */
export function agreementsText(
  agreements: readonly { name: string; agreedOn: string }[],
  formatDate: (isoDate: string) => string,
): string {
  return [...agreements]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((a) => `${a.name} · ${formatDate(a.agreedOn)}`)
    .join('\n');
}

/** Replaces a principle in the list (by row id, or by the standard's principle) after a save. */
export function withPrinciple(principles: readonly Principle[], saved: Principle): Principle[] {
  const same = (p: Principle) =>
    (saved.id !== null && p.id === saved.id) ||
    (saved.packPrincipleId !== null && p.packPrincipleId === saved.packPrincipleId);
  return principles.some(same)
    ? principles.map((p) => (same(p) ? saved : p))
    : [...principles, saved];
}
