import type { ModelIndex } from '@citymaturity/model';

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
export type SubmitRefusal = 'not-draft' | 'incomplete';

/**
 * An assessment can be submitted once, from draft, when every response has answered every
 * characteristic (a level or "don't know" for both the current level and the target). A submitted
 * assessment is final: its answers no longer change.
 */
export function submitRefusal(
  status: 'draft' | 'submitted',
  progress: readonly ResponseProgress[],
): SubmitRefusal | null {
  if (status !== 'draft') return 'not-draft';
  if (progress.length === 0 || progress.some((p) => p.answered < p.total)) return 'incomplete';
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
