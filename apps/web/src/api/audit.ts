import { useQuery } from '@tanstack/react-query';
import { assessmentPath } from '../components/queries.js';
import { ApiError, get } from './client.js';
import { useSession } from './session.js';

// External audit, snapshots and verification (see apps/server/src/http/audit-schemas.ts). Query
// keys: ['auditors', o, a], ['audit', o, a], ['verification', o, a], ['audit-evidence', o, a, c],
// ['public-verification', idOrDigest].

/** A text in both languages. */
export interface BothLanguages {
  zh: string;
  en: string;
}

/** The evidence methods of ISO/TS 37107 §5.1, cheapest and least confident first. */
export type EvidenceMethodId =
  | 'single-stakeholder'
  | 'multi-stakeholder'
  | 'facilitated-workshop'
  | 'multi-city-benchmark'
  | 'external-audit';

/** The relative cost or confidence of an evidence method. */
export type RelativeScale = 'lowest' | 'low' | 'medium' | 'high' | 'highest';

/** The confidence badge of a result: its evidence method and that method's rank of the five. */
export interface EvidenceMethodBadgeData {
  id: EvidenceMethodId;
  rank: number;
  ranks: number;
  name: BothLanguages;
  relativeCost?: RelativeScale;
  relativeConfidence?: RelativeScale;
}

/** An auditor's verdict on one characteristic. */
export type AuditVerdict = 'confirmed' | 'adjusted' | 'insufficient-evidence';

export const auditVerdicts: readonly AuditVerdict[] = [
  'confirmed',
  'adjusted',
  'insufficient-evidence',
];

/** How many characteristics got each verdict. */
export type AuditSummary = Record<AuditVerdict, number>;

/** The audit as the results show it: per characteristic the verdict and adjusted levels. */
export interface ResultsAudit {
  status: 'in-progress' | 'issued';
  auditor: { name: string; organisation: string };
  issuedAt: string | null;
  findings: Record<
    string,
    { verdict: AuditVerdict; adjustedCurrent: number | null; adjustedTarget: number | null }
  >;
}

/** An external auditor invited to an assessment. */
export interface Auditor {
  userId: string;
  email: string;
  displayName: string;
  role: 'auditor';
  invitedAt: string;
  /** False until the auditor has set a password through their link. */
  accountReady: boolean;
  audit: { status: 'in-progress' | 'issued'; organisation: string; findings: number } | null;
}

/** An auditor just invited, with the one-time link to set their password (null for an existing account). */
export interface AuditorInvitation {
  auditor: Auditor;
  setupLink: { link: string; expiresAt: string } | null;
}

/** The auditor's finding on one characteristic. */
export interface AuditFinding {
  characteristicId: string;
  verdict: AuditVerdict;
  adjustedCurrent: number | null;
  adjustedTarget: number | null;
  reason: string;
  version: number;
  updatedAt: string;
}

/** What the auditor sends to record a finding (`version`: the one the edit started from, 0 if new). */
export interface FindingInput {
  verdict: AuditVerdict;
  adjustedCurrent: number | null;
  adjustedTarget: number | null;
  reason: string;
  version: number;
}

/** Characteristics with a complete finding, of the model's. */
export interface AuditProgress {
  recorded: number;
  total: number;
}

/** The external audit of an assessment. */
export interface Audit {
  assessmentId: string;
  status: 'in-progress' | 'issued';
  auditor: { userId: string | null; name: string; organisation: string };
  /** The snapshot audited. */
  snapshotDigest: string;
  statement: string;
  issuedAt: string | null;
  createdAt: string;
  findings: Record<string, AuditFinding>;
  summary: AuditSummary;
  progress: AuditProgress;
  /** Whether the caller may record findings and issue the statement now. */
  editable: boolean;
}

/** The audit as the verification shows it. */
export interface AuditStanding {
  status: 'in-progress' | 'issued';
  auditor: { name: string; organisation: string };
  issuedAt: string | null;
  summary: AuditSummary;
}

export type ChainBreak = 'missing-entry' | 'altered-entry' | 'broken-link' | 'head-mismatch';
export type SnapshotProblem = 'content-changed' | 'stored-snapshot-altered' | 'digest-not-recorded';

/** The verification of an assessment: hash chain, snapshot, answers, audit. */
export interface Verification {
  assessmentId: string;
  checkedAt: string;
  ok: boolean;
  message: BothLanguages;
  chain: {
    ok: boolean;
    length: number;
    head: { seq: number; hash: string };
    firstBroken: {
      seq: number;
      entryId: number | null;
      reason: ChainBreak;
      action: string | null;
      message: BothLanguages;
    } | null;
    message: BothLanguages;
  };
  snapshot: {
    ok: boolean;
    digest: string;
    storedDigest: string;
    recordedDigest: string | null;
    problem: SnapshotProblem | null;
    firstDifference: {
      path: string;
      expected: unknown;
      actual: unknown;
      message: BothLanguages;
    } | null;
    message: BothLanguages;
  } | null;
  answers: {
    ok: boolean;
    checked: number;
    firstDifference: {
      owner: string;
      characteristicId: string;
      measure: 'current' | 'target';
      recorded: unknown;
      stored: unknown;
      message: BothLanguages;
    } | null;
    message: BothLanguages;
  };
  audit: AuditStanding | null;
}

/** What anyone may know about a submitted assessment. */
export interface PublicVerification {
  organisation: { nameZh: string; nameEn: string };
  assessment: {
    title: string;
    method: EvidenceMethodId;
    evidenceMethod: EvidenceMethodBadgeData;
    submittedAt: string;
    digest: string;
  };
  unchanged: boolean;
  audit: AuditStanding | null;
}

/** A single assessment of another organisation the signed-in person may audit. */
export interface AssessmentGrant {
  organisation: { id: string; nameZh: string; nameEn: string };
  assessment: { id: string; title: string; status: 'draft' | 'submitted' };
  role: 'auditor';
  actions: string[];
}

/** A note, link or file supporting a rating or a consensus item. */
export interface EvidenceItem {
  id: string;
  characteristicId: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  file: { name: string; mediaType: string; size: number; sha256: string } | null;
  createdAt: string;
  owner:
    | { kind: 'user'; userId: string; displayName: string }
    | { kind: 'invited-stakeholder'; respondentId: string; name: string }
    | { kind: 'unknown' };
  attachedTo:
    | { kind: 'respondent'; respondentId: string; name: string; stakeholderGroup: string | null }
    | { kind: 'consensus' };
}

export const auditPath = (o: string, a: string) => `${assessmentPath(o, a)}/audit`;

/** The audit grant of the signed-in person on this assessment, if any (external auditors). */
export function useAuditGrant(
  organisationId: string,
  assessmentId: string,
): AssessmentGrant | undefined {
  const session = useSession();
  if (!session.authenticated) return undefined;
  return (session.grants ?? []).find(
    (g) => g.organisation.id === organisationId && g.assessment.id === assessmentId,
  );
}

/** The auditors invited to an assessment (organisation administrators). */
export function useAuditors(organisationId: string, assessmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['auditors', organisationId, assessmentId],
    queryFn: () => get<Auditor[]>(`${assessmentPath(organisationId, assessmentId)}/auditors`),
    enabled,
  });
}

/** The external audit; null while none has started (404 `audit-not-started`). */
export function useAudit(organisationId: string, assessmentId: string, enabled = true) {
  return useQuery({
    queryKey: ['audit', organisationId, assessmentId],
    queryFn: async (): Promise<Audit | null> => {
      try {
        return await get<Audit>(auditPath(organisationId, assessmentId));
      } catch (e) {
        if (e instanceof ApiError && e.code === 'audit-not-started') return null;
        throw e;
      }
    },
    enabled,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
  });
}

/** The verification of an assessment (checked anew on each request). */
export function useVerification(organisationId: string, assessmentId: string) {
  return useQuery({
    queryKey: ['verification', organisationId, assessmentId],
    queryFn: () =>
      get<Verification>(`${assessmentPath(organisationId, assessmentId)}/verification`),
    retry: false,
  });
}

/** The public verification of a submitted assessment, by id or digest (no sign-in). */
export function usePublicVerification(idOrDigest: string | undefined) {
  return useQuery({
    queryKey: ['public-verification', idOrDigest],
    queryFn: () =>
      get<PublicVerification>(
        `/api/v1/public/verification/${encodeURIComponent(idOrDigest ?? '')}`,
      ),
    enabled: Boolean(idOrDigest),
    retry: false,
  });
}

/** The evidence of one characteristic of an assessment (members with `evidence.view`, the auditor). */
export function useCharacteristicEvidence(
  organisationId: string,
  assessmentId: string,
  characteristicId: string | undefined,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['audit-evidence', organisationId, assessmentId, characteristicId],
    queryFn: () =>
      get<EvidenceItem[]>(
        `${assessmentPath(organisationId, assessmentId)}/evidence?characteristicId=${encodeURIComponent(characteristicId ?? '')}`,
      ),
    enabled: enabled && characteristicId !== undefined,
    retry: false,
  });
}

/** Where an evidence file is downloaded. */
export const evidenceFilePath = (o: string, a: string, evidenceId: string) =>
  `${assessmentPath(o, a)}/evidence/${encodeURIComponent(evidenceId)}/file`;

/**
 * True when the person reaches this assessment only through an audit grant (an external auditor,
 * not a member of its organisation): links to the organisation's page would be refused.
 */
export function useAuditOnly(organisationId: string, assessmentId: string): boolean {
  const session = useSession();
  const grant = useAuditGrant(organisationId, assessmentId);
  if (!session.authenticated || !grant) return false;
  return !session.memberships.some((m) => m.organisation.id === organisationId);
}
