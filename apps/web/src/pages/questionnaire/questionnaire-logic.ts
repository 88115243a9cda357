import { isAnswered } from '@citymaturity/core';
import type { Answer, Rating, RatingInput } from '../../api/types.js';

// Pure rules of the questionnaire (tested in questionnaire-logic.test.ts).

/** A characteristic nobody has answered yet. */
export const emptyRating: Rating = {
  current: null,
  target: null,
  evidence: { text: null, links: [] },
  updatedAt: null,
};

/** How far one characteristic is answered. */
export type AnswerState = 'answered' | 'partial' | 'unanswered';

export function answerState(rating: Rating | undefined): AnswerState {
  if (isAnswered(rating)) return 'answered';
  if (rating && (rating.current !== null || rating.target !== null)) return 'partial';
  return 'unanswered';
}

/** How many of the characteristics are answered (both questions, a level or "don't know"). */
export function countAnswered(
  characteristicIds: readonly string[],
  ratings: Readonly<Record<string, Rating>>,
): number {
  return characteristicIds.filter((id) => isAnswered(ratings[id])).length;
}

/**
 * Where to resume: the first characteristic in model order that is not fully answered, else the
 * first characteristic (everything is answered: start a review from the top).
 */
export function firstUnanswered(
  characteristicIds: readonly string[],
  ratings: Readonly<Record<string, Rating>>,
): string | undefined {
  return characteristicIds.find((id) => !isAnswered(ratings[id])) ?? characteristicIds[0];
}

/**
 * The next characteristic after `current` that is not fully answered, going round to the start;
 * undefined when every other one is answered.
 */
export function nextUnansweredAfter(
  characteristicIds: readonly string[],
  ratings: Readonly<Record<string, Rating>>,
  current: string,
): string | undefined {
  const at = characteristicIds.indexOf(current);
  const ordered = [...characteristicIds.slice(at + 1), ...characteristicIds.slice(0, at)];
  return ordered.find((id) => !isAnswered(ratings[id]));
}

/** The neighbours of a characteristic in model order. */
export function neighbours(
  characteristicIds: readonly string[],
  current: string,
): { previous: string | undefined; next: string | undefined } {
  const at = characteristicIds.indexOf(current);
  if (at < 0) return { previous: undefined, next: undefined };
  return { previous: characteristicIds[at - 1], next: characteristicIds[at + 1] };
}

/** The numeric level of an answer, or null for "don't know" and no answer. */
export function levelOf(answer: Answer): number | null {
  return typeof answer === 'number' ? answer : null;
}

/** Why a link cannot be added, or null when it can (evidence links: http or https addresses). */
export type LinkProblem = 'empty' | 'invalid' | 'protocol' | 'duplicate' | 'too-long' | 'too-many';

export const maxLinks = 20;
const maxLinkLength = 2000;

/** Checks an evidence link before adding it to the list. */
export function checkLink(value: string, existing: readonly string[]): LinkProblem | null {
  const text = value.trim();
  if (!text) return 'empty';
  if (text.length > maxLinkLength) return 'too-long';
  if (existing.length >= maxLinks) return 'too-many';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return /^[a-z][a-z0-9+.-]*:/i.test(text) ? 'protocol' : 'invalid';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'protocol';
  if (!url.hostname) return 'invalid';
  if (existing.includes(text)) return 'duplicate';
  return null;
}

/** What the API stores for a characteristic (the evidence text blank → null). */
export function toRatingInput(rating: Rating): RatingInput {
  const text = rating.evidence.text?.trim() ? rating.evidence.text : null;
  return {
    current: rating.current,
    target: rating.target,
    evidence: { text, links: rating.evidence.links },
  };
}
