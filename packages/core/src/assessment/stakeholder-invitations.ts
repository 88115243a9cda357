import { standardStakeholderGroupIds } from '../stakeholder-groups.js';
import type { InvitationStatus } from './stakeholder-rules.js';

/** How long an invitation link stays valid: 30 days unless the facilitator says otherwise, at most a year. */
export const invitationValidity = { defaultDays: 30, minDays: 1, maxDays: 365 } as const;

const dayMs = 24 * 60 * 60 * 1000;

/** When a link given `days` of validity at `now` expires. */
export function invitationExpiry(now: Date, days: number = invitationValidity.defaultDays): Date {
  return new Date(now.getTime() + days * dayMs);
}

/**
 * The range of an assessment's minimum group size: a stakeholder group's statistics are shown only
 * with at least this many respondents (3 by default, see ISO/TS 37107 5.1's concern that nobody's
 * answers be singled out). Below 2 a group of one would show that one person's answers.
 */
export const minGroupSizeRange = { min: 2, max: 50 } as const;

/** The invitations of one stakeholder group, counted for the progress view (never their answers). */
export interface GroupProgress {
  invited: number;
  /** Links opened at least once. */
  opened: number;
  notOpened: number;
  inProgress: number;
  completed: number;
  revoked: number;
  expired: number;
}

const emptyProgress = (): GroupProgress => ({
  invited: 0,
  opened: 0,
  notOpened: 0,
  inProgress: 0,
  completed: 0,
  revoked: 0,
  expired: 0,
});

const statusField: Readonly<
  Record<InvitationStatus, Exclude<keyof GroupProgress, 'invited' | 'opened'>>
> = {
  'not-opened': 'notOpened',
  'in-progress': 'inProgress',
  completed: 'completed',
  revoked: 'revoked',
  expired: 'expired',
};

/**
 * Counts invitations per stakeholder group: how many were invited, opened their link, and are in
 * each status. Groups come out sorted by key, so the result does not depend on the order of the
 * invitations.
 */
export function progressByGroup(
  invitations: readonly { group: string; status: InvitationStatus; opened: boolean }[],
): Record<string, GroupProgress> {
  const groups = new Map<string, GroupProgress>();
  for (const invitation of invitations) {
    const progress = groups.get(invitation.group) ?? emptyProgress();
    progress.invited += 1;
    if (invitation.opened) progress.opened += 1;
    progress[statusField[invitation.status]] += 1;
    groups.set(invitation.group, progress);
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** The pattern of a stakeholder group's key: lower-case letters, digits and single dashes. */
export const stakeholderGroupKeyPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True for the key of one of the standard stakeholder groups every organisation has. */
export function isStandardStakeholderGroup(key: string): boolean {
  return (standardStakeholderGroupIds as readonly string[]).includes(key);
}

/**
 * A key for an organisation's own stakeholder group named `name` (its English name): the name in
 * lower case with dashes, or `group` when nothing of it is usable (e.g. only Chinese characters);
 * `-2`, `-3` … is added while the key is a standard group's or already `taken`.
 */
export function stakeholderGroupKeyFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'group';
  const free = (key: string) => !taken.has(key) && !isStandardStakeholderGroup(key);
  if (free(base)) return base;
  for (let n = 2; ; n += 1) {
    const key = `${base}-${String(n)}`;
    if (free(key)) return key;
  }
}
