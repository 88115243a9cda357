import { useQuery } from '@tanstack/react-query';
import { assessmentPath, organisationPath } from '../components/queries.js';
import { get } from './client.js';
import type { Progress } from './types.js';

// Multi-stakeholder rating as the organiser sees it: stakeholder groups, invitations (one link per
// person), progress per group, and the reveal. Query keys: ['stakeholder-groups', o],
// ['invitations', o, a], ['stakeholder-progress', o, a].

/** A text in both languages. */
export interface BilingualText {
  zh: string;
  en: string;
}

/** A stakeholder group: one of the standard ones every organisation has, or the organisation's own. */
export interface StakeholderGroup {
  key: string;
  name: BilingualText;
  /** Standard groups cannot be renamed or deleted. */
  standard: boolean;
  /** Respondents of the organisation's assessments in this group (a group in use cannot be deleted). */
  respondents: number;
}

/** Where an invited stakeholder is (never their answers). */
export type InvitationStatus = 'not-opened' | 'in-progress' | 'completed' | 'revoked' | 'expired';

export const invitationStatuses: readonly InvitationStatus[] = [
  'not-opened',
  'in-progress',
  'completed',
  'revoked',
  'expired',
];

/** An invitation (its link is never shown again after it was issued). */
export interface Invitation {
  id: string;
  respondentId: string;
  name: string;
  email: string | null;
  group: string | null;
  status: InvitationStatus;
  progress: Progress;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  firstUsedAt: string | null;
  lastUsedAt: string | null;
  completedAt: string | null;
}

/** An invitation just created or re-issued, with its link's path (`/respond/<token>`): shown this once. */
export interface IssuedInvitation {
  invitation: Invitation;
  link: string;
}

/** The invitations of one stakeholder group, counted (never their answers). */
export interface GroupProgress {
  key: string;
  name: BilingualText;
  invited: number;
  opened: number;
  notOpened: number;
  inProgress: number;
  completed: number;
  revoked: number;
  expired: number;
}

/** Who has responded, per group and per invitation. */
export interface StakeholderProgress {
  revealedAt: string | null;
  /** Characteristics each stakeholder answers. */
  total: number;
  groups: GroupProgress[];
  invitations: Pick<
    Invitation,
    'id' | 'name' | 'group' | 'status' | 'progress' | 'firstUsedAt' | 'lastUsedAt' | 'completedAt'
  >[];
}

/** A problem of an invitation list (CSV), where it is and what it is in both languages. */
export interface CsvProblem {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  /** 1-based column, or null for a problem of the whole line or file. */
  column: number | null;
  field: 'name' | 'email' | 'group' | null;
  code: string;
  message: BilingualText;
}

export const stakeholderGroupsPath = (organisationId: string) =>
  `${organisationPath(organisationId)}/stakeholder-groups`;
export const invitationsPath = (organisationId: string, assessmentId: string) =>
  `${assessmentPath(organisationId, assessmentId)}/invitations`;
export const invitationPath = (organisationId: string, assessmentId: string, id: string) =>
  `${invitationsPath(organisationId, assessmentId)}/${encodeURIComponent(id)}`;

/** The organisation's stakeholder groups: the standard ones first, then its own. */
export function useStakeholderGroups(organisationId: string, enabled = true) {
  return useQuery({
    queryKey: ['stakeholder-groups', organisationId],
    queryFn: () => get<StakeholderGroup[]>(stakeholderGroupsPath(organisationId)),
    enabled,
  });
}

/** The invitations of an assessment with their status (needs `invitations.manage`). */
export function useInvitations(organisationId: string, assessmentId: string, enabled = true) {
  return useQuery({
    queryKey: ['invitations', organisationId, assessmentId],
    queryFn: () => get<Invitation[]>(invitationsPath(organisationId, assessmentId)),
    enabled,
    // Stakeholders answer meanwhile: keep the statuses fresh while the page is open.
    refetchInterval: 60_000,
  });
}

/** Who has responded, per group (needs `progress.view`). */
export function useStakeholderProgress(
  organisationId: string,
  assessmentId: string,
  enabled = true,
) {
  return useQuery({
    queryKey: ['stakeholder-progress', organisationId, assessmentId],
    queryFn: () =>
      get<StakeholderProgress>(`${assessmentPath(organisationId, assessmentId)}/progress`),
    enabled,
    refetchInterval: 60_000,
  });
}
