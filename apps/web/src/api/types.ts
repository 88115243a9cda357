// The shapes the API returns (see /api/openapi.json). Results reuse the core's types.
import type { AssessmentScore, RespondentSource, StandoutCharacteristic } from '@citymaturity/core';
import type { AssessmentGrant, EvidenceMethodBadgeData, ResultsAudit } from './audit.js';

export type Role =
  'org_admin' | 'facilitator' | 'respondent' | 'auditor' | 'viewer' | 'programme_office';

export interface Organisation {
  id: string;
  nameZh: string;
  nameEn: string;
  country: string;
  region: string | null;
  population: number | null;
  kind: 'city' | 'district' | 'rural-community';
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  preferredLanguage: 'zh-CN' | 'en';
}

export interface Membership {
  organisation: Organisation;
  role: Role;
  /** What the role allows, e.g. "assessments.create", "results.view". */
  actions: string[];
}

/** Limits of the installation the interface explains and checks before sending. */
export interface InstallationLimits {
  /** The largest evidence file the server accepts, in MiB. */
  maxUploadMegabytes: number;
}

export type SessionInfo = (
  | {
      authenticated: true;
      user: User;
      memberships: Membership[];
      /** Single assessments of other organisations the person audits (external auditors). */
      grants?: AssessmentGrant[];
      csrfToken: string;
    }
  | { authenticated: false; setupNeeded: boolean; demoLogin?: { email: string; password: string } }
) & { limits?: InstallationLimits };

export interface Progress {
  answered: number;
  total: number;
}

export interface AssessmentSummary {
  id: string;
  organisationId: string;
  title: string;
  modelId: string;
  modelVersion: string;
  method: string;
  date: string;
  status: 'draft' | 'submitted';
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** When the results of a multi-stakeholder rating were revealed (rating closed then). */
  revealedAt: string | null;
  /** A stakeholder group's statistics are shown only with at least this many respondents. */
  minGroupSize: number;
  progress: Progress;
}

export interface Respondent {
  id: string;
  name: string;
  stakeholderGroup: string | null;
  userId: string | null;
  /** How it came in: a member's, an invitation's, an imported paper form's or document's. */
  source: RespondentSource;
  progress: Progress;
  editable: boolean;
}

export interface AssessmentDetail extends AssessmentSummary {
  respondents: Respondent[];
  /** Once submitted: the SHA-256 digest of the frozen content, and when it was taken. */
  snapshot?: { digest: string; createdAt: string } | null;
  actions: string[];
}

export type Answer = 1 | 2 | 3 | 4 | 5 | 'unknown' | null;

/** A file attached to a rating (download: …/evidence/:id/file). */
export interface EvidenceFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface Rating {
  current: Answer;
  target: Answer;
  /** Files are added and removed on their own (never by saving the rating). */
  evidence: { text: string | null; links: string[]; files?: EvidenceFile[] };
  updatedAt: string | null;
}

export interface ResponseData {
  respondentId: string;
  assessmentId: string;
  editable: boolean;
  progress: Progress;
  ratings: Record<string, Rating>;
}

export interface RatingInput {
  current: Answer;
  target: Answer;
  evidence?: { text?: string | null; links?: string[] };
}

export interface Results {
  assessment: AssessmentSummary;
  score: AssessmentScore;
  strengths: StandoutCharacteristic[];
  weaknesses: StandoutCharacteristic[];
  /** The confidence badge: the evidence method the result rests on. */
  evidenceMethod?: EvidenceMethodBadgeData;
  /** The external audit, once one has started. */
  audit?: ResultsAudit;
}

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  since: string;
}
