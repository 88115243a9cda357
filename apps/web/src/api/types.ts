// The shapes the API returns (see /api/openapi.json). Results reuse the core's types.
import type { AssessmentScore, StandoutCharacteristic } from '@citymaturity/core';

export type Role = 'org_admin' | 'facilitator' | 'respondent' | 'auditor' | 'viewer';

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

export type SessionInfo =
  | { authenticated: true; user: User; memberships: Membership[]; csrfToken: string }
  | { authenticated: false; setupNeeded: boolean; demoLogin?: { email: string; password: string } };

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
  progress: Progress;
}

export interface Respondent {
  id: string;
  name: string;
  stakeholderGroup: string | null;
  userId: string | null;
  progress: Progress;
  editable: boolean;
}

export interface AssessmentDetail extends AssessmentSummary {
  respondents: Respondent[];
  actions: string[];
}

export type Answer = 1 | 2 | 3 | 4 | 5 | 'unknown' | null;

export interface Rating {
  current: Answer;
  target: Answer;
  evidence: { text: string | null; links: string[] };
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
}

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  since: string;
}
