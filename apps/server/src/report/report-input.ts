import type { AssessmentScore } from '@citymaturity/core';
import type { LocalizedText, ModelIndex, OperatingModelPack } from '@citymaturity/model';
import type { ProgrammeReviewsReport } from './programme-reviews-section.js';
import type { ProgrammeRoadmapReport } from './programme-roadmap-section.js';

/** The languages a report can be written in. */
export type ReportLanguage = 'zh' | 'en';

/** Everything the PDF report shows: who, what was assessed, the score and the packs it refers to. */
export interface ReportInput {
  organisation: {
    nameZh: string;
    nameEn: string;
    /** ISO 3166-1 alpha-2 code, e.g. "CN". */
    country: string;
    region?: string | null;
  };
  assessment: {
    title: string;
    /** The assessment's date, YYYY-MM-DD. */
    date: string;
    /** Id of the evidence-gathering method (the maturity pack's `evidence_methods`). */
    method: string;
    status: 'draft' | 'submitted';
    /** When it was submitted (ISO 8601), for a submitted assessment. */
    submittedAt?: string | null;
  };
  score: AssessmentScore;
  model: ModelIndex;
  operatingModel: OperatingModelPack;
  lang: ReportLanguage;
  generatedAt: Date;
  /**
   * Names of the organisation's own stakeholder groups (declared in the assessment); the
   * standard groups are named without it, any other group by its id.
   */
  groupNames?: Readonly<Record<string, LocalizedText>>;
  /** The programme office's key success factor reviews and risks, when the reader may see them. */
  programmeReviews?: ProgrammeReviewsReport | undefined;
  /** The programme office's roadmap and KPIs, when the reader may see them. */
  programmeRoadmap?: ProgrammeRoadmapReport | undefined;
}
