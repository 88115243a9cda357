import { describe, expect, it } from 'vitest';
import type { Rating } from '../../api/types.js';
import {
  answerState,
  checkLink,
  countAnswered,
  emptyRating,
  firstUnanswered,
  levelOf,
  neighbours,
  nextUnansweredAfter,
  toRatingInput,
} from './questionnaire-logic.js';

const ids = ['1.1.1', '1.1.2', '1.2.1', '4.1'];
const rating = (current: Rating['current'], target: Rating['target']): Rating => ({
  ...emptyRating,
  current,
  target,
});

describe('firstUnanswered', () => {
  it('is the first characteristic without both answers, in model order', () => {
    const ratings = { '1.1.1': rating(3, 4), '1.1.2': rating(2, null), '1.2.1': rating(1, 2) };
    expect(firstUnanswered(ids, ratings)).toBe('1.1.2');
  });

  it('counts "don\'t know" as an answer', () => {
    const ratings = { '1.1.1': rating('unknown', 'unknown') };
    expect(firstUnanswered(ids, ratings)).toBe('1.1.2');
  });

  it('goes back to the start when everything is answered', () => {
    const all = Object.fromEntries(ids.map((id) => [id, rating(2, 3)]));
    expect(firstUnanswered(ids, all)).toBe('1.1.1');
  });
});

describe('nextUnansweredAfter', () => {
  it('looks ahead first, then from the start', () => {
    const ratings = { '1.1.2': rating(2, 3), '1.2.1': rating(1, 1), '4.1': rating(2, 2) };
    expect(nextUnansweredAfter(ids, ratings, '1.1.2')).toBe('1.1.1');
  });

  it('is undefined when all others are answered', () => {
    const ratings = { '1.1.2': rating(2, 3), '1.2.1': rating(1, 1), '4.1': rating(2, 2) };
    expect(nextUnansweredAfter(ids, ratings, '1.1.1')).toBeUndefined();
  });
});

describe('answer state and counts', () => {
  it('tells answered, partly answered and unanswered apart', () => {
    expect(answerState(rating(3, 4))).toBe('answered');
    expect(answerState(rating(3, null))).toBe('partial');
    expect(answerState(rating(null, null))).toBe('unanswered');
    expect(answerState(undefined)).toBe('unanswered');
  });

  it('counts characteristics with both answers', () => {
    expect(countAnswered(ids, { '1.1.1': rating(3, 4), '4.1': rating(null, 2) })).toBe(1);
  });
});

describe('neighbours', () => {
  it('gives the previous and next characteristic', () => {
    expect(neighbours(ids, '1.1.2')).toEqual({ previous: '1.1.1', next: '1.2.1' });
    expect(neighbours(ids, '4.1')).toEqual({ previous: '1.2.1', next: undefined });
  });
});

describe('levelOf', () => {
  it('is null for "don\'t know"', () => {
    expect(levelOf('unknown')).toBeNull();
    expect(levelOf(4)).toBe(4);
  });
});

describe('checkLink', () => {
  it('accepts http and https addresses', () => {
    expect(checkLink('https://example.org/plan.pdf', [])).toBeNull();
    expect(checkLink(' http://example.org ', [])).toBeNull();
  });

  it('refuses other schemes, text and repeats', () => {
    expect(checkLink('ftp://example.org/x', [])).toBe('protocol');
    expect(checkLink('javascript:alert(1)', [])).toBe('protocol');
    expect(checkLink('example.org', [])).toBe('invalid');
    expect(checkLink('', [])).toBe('empty');
    expect(checkLink('https://a.example', ['https://a.example'])).toBe('duplicate');
  });

  it('refuses more than 20 links', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `https://e.example/${i}`);
    expect(checkLink('https://e.example/new', twenty)).toBe('too-many');
  });
});

describe('toRatingInput', () => {
  it('sends blank notes as null and keeps links', () => {
    const input = toRatingInput({
      ...rating(2, 3),
      evidence: { text: '   ', links: ['https://e.example'] },
    });
    expect(input).toEqual({
      current: 2,
      target: 3,
      evidence: { text: null, links: ['https://e.example'] },
    });
  });
});
