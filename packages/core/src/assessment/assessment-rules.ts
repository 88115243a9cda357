import type { ModelIndex } from '@citymaturity/model';
import { usesConsensus, usesInvitations } from './methods.js';

/** A stored answer: a level, "unknown", or nothing yet. */
export type StoredRatingValue = number | 'unknown' | null;

/** What a respondent has answered for one characteristic. */
export interface StoredRating {
  current: StoredRatingValue;
  target: StoredRatingValue;
}

/** How far a response is: characteristics with both measures answered (a level or "unknown"). */
export interface ResponseProgress {
  answered: number;
  total: number;
}

/** True when both the current level and the two-year target have an answer (a level or "don't know"). */
export function isAnswered(rating: StoredRating | undefined): boolean {
  return rating !== undefined && rating.current !== null && rating.target !== null;
}

/** Progress of one response against the model's characteristics. */
export function responseProgress(
  model: ModelIndex,
  ratings: Readonly<Record<string, StoredRating>>,
): ResponseProgress {
  const answered = model.characteristics.filter((c) => isAnswered(ratings[c.id])).length;
  return { answered, total: model.characteristics.length };
}

/** Why an assessment cannot be submitted, or null when it can. */
export type SubmitRefusal =
  'not-draft' | 'incomplete' | 'not-revealed' | 'no-answers' | 'consensus-incomplete';

/** What the submit rule needs to know of an assessment. */
export interface SubmitState {
  method: string;
  status: 'draft' | 'submitted';
  revealedAt: Date | null;
  /** Progress of every response (the team's, or each invited stakeholder's). */
  responses: readonly ResponseProgress[];
  /** Progress of the consensus (facilitated workshop): characteristics agreed. */
  consensus?: ResponseProgress | undefined;
}

/**
 * An assessment is submitted once, from draft; a submitted assessment is final (frozen as a
 * snapshot). Besides:
 * - single-stakeholder: the team's response answers every characteristic (a level or "don't
 *   know" for both the current level and the target);
 * - multi-stakeholder: the results have been revealed and at least one stakeholder answered
 *   (the result is the statistics of all their answers);
 * - facilitated workshop: the results have been revealed and the consensus covers every
 *   characteristic (the consensus is the result; the individual ratings are its evidence).
 */
export function submitRefusal(state: SubmitState): SubmitRefusal | null {
  if (state.status !== 'draft') return 'not-draft';
  if (usesInvitations(state.method)) {
    if (state.revealedAt === null) return 'not-revealed';
    if (usesConsensus(state.method)) {
      const consensus = state.consensus;
      return consensus && consensus.answered >= consensus.total ? null : 'consensus-incomplete';
    }
    return state.responses.some((p) => p.answered > 0) ? null : 'no-answers';
  }
  if (state.responses.length === 0 || state.responses.some((p) => p.answered < p.total))
    return 'incomplete';
  return null;
}

/** Answers can change only while the assessment is a draft. */
export function canChangeAnswers(status: 'draft' | 'submitted'): boolean {
  return status === 'draft';
}

/** Who is asking to edit a response, and whose response it is. */
export interface ResponseEditRequest {
  /** Whether the user's role allows answering the team response (`responses.answer-team`). */
  mayAnswerForTeam: boolean;
  /** The assessment's evidence-gathering method. */
  method: string;
  /** The user the respondent record belongs to, if any. */
  respondentUserId: string | null;
  userId: string;
}

/**
 * A user may edit a response that is their own (the respondent record is linked to them), or, in
 * a single-stakeholder assessment, the team's one response when their role answers for the team
 * (organisation administrators and facilitators). Nobody edits another stakeholder's response in
 * a multi-stakeholder assessment.
 */
export function canEditResponse(request: ResponseEditRequest): boolean {
  if (request.respondentUserId === request.userId) return true;
  return request.mayAnswerForTeam && request.method === 'single-stakeholder';
}

/**
 * Whether someone may read a response they cannot edit. In a single-stakeholder assessment the
 * one response is the result, so whoever sees results (or reviews evidence) reads it. Where
 * stakeholders were invited, each response is one person's view: only those who review evidence
 * (organisation administrators, facilitators, auditors) read it; others see the statistics, in
 * which groups below the minimum size stay hidden, so nobody's answers are singled out.
 */
export function mayReadOthersResponse(
  method: string,
  rights: { resultsView: boolean; evidenceView: boolean },
): boolean {
  return usesInvitations(method) ? rights.evidenceView : rights.resultsView || rights.evidenceView;
}
