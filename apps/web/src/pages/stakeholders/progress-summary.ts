import type { GroupProgress } from '../../api/stakeholders.js';

/** The parts of a group's bar, in the order they are drawn. */
export const progressParts = ['completed', 'inProgress', 'notOpened', 'closed'] as const;
export type ProgressPart = (typeof progressParts)[number];

/** A group's (or all groups') invitations by part: completed, in progress, not opened, and revoked or expired. */
export interface ProgressCounts {
  invited: number;
  completed: number;
  inProgress: number;
  notOpened: number;
  /** Revoked or expired links. */
  closed: number;
}

/** The counts of one group, with revoked and expired links together as "closed". */
export function countsOf(group: GroupProgress): ProgressCounts {
  return {
    invited: group.invited,
    completed: group.completed,
    inProgress: group.inProgress,
    notOpened: group.notOpened,
    closed: group.revoked + group.expired,
  };
}

/** The counts of every group together. */
export function totalsOf(groups: readonly GroupProgress[]): ProgressCounts {
  const totals: ProgressCounts = {
    invited: 0,
    completed: 0,
    inProgress: 0,
    notOpened: 0,
    closed: 0,
  };
  for (const group of groups) {
    const counts = countsOf(group);
    for (const key of Object.keys(totals) as (keyof ProgressCounts)[]) totals[key] += counts[key];
  }
  return totals;
}

/** A whole-number percentage of a part in a total (0 for an empty total). */
export function percentOf(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

/**
 * The widths of a group's bar parts in per cent of the widest bar (the largest group's size),
 * so that the bars compare the groups' sizes as well as their progress.
 */
export function barWidths(counts: ProgressCounts, largest: number): Record<ProgressPart, number> {
  const width = (n: number) => (largest === 0 ? 0 : (n / largest) * 100);
  return {
    completed: width(counts.completed),
    inProgress: width(counts.inProgress),
    notOpened: width(counts.notOpened),
    closed: width(counts.closed),
  };
}
