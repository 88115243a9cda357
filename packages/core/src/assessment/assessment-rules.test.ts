import { describe, expect, it } from 'vitest';
import { tinyModel } from '../test-support/tiny-packs.js';
import {
  mayReadOthersResponse,
  canChangeAnswers,
  canEditResponse,
  isAnswered,
  responseProgress,
  submitRefusal,
} from './assessment-rules.js';

const model = tinyModel();

describe('assessment rules', () => {
  it('counts a characteristic as answered when both measures have a level or "unknown"', () => {
    expect([
      isAnswered({ current: 2, target: 'unknown' }),
      isAnswered({ current: 2, target: null }),
      isAnswered(undefined),
    ]).toEqual([true, false, false]);
  });

  it('measures progress against every characteristic of the model', () => {
    expect(
      responseProgress(model, {
        '1.1.1': { current: 1, target: 2 },
        '2.1': { current: 'unknown', target: null },
      }),
    ).toEqual({ answered: 1, total: 4 });
  });

  const single = (answered: number) => ({
    method: 'single-stakeholder',
    status: 'draft' as const,
    revealedAt: null,
    responses: [{ answered, total: 4 }],
  });

  it('refuses to submit an incomplete team response', () => {
    expect(submitRefusal(single(3))).toBe('incomplete');
  });

  it('refuses to submit twice', () => {
    expect(submitRefusal({ ...single(4), status: 'submitted' })).toBe('not-draft');
  });

  it('accepts a complete single-stakeholder draft', () => {
    expect(submitRefusal(single(4))).toBeNull();
  });

  it('submits a multi-stakeholder assessment only after the results are revealed', () => {
    const multi = { ...single(2), method: 'multi-stakeholder' };
    expect([submitRefusal(multi), submitRefusal({ ...multi, revealedAt: new Date() })]).toEqual([
      'not-revealed',
      null,
    ]);
  });

  it('refuses a multi-stakeholder assessment nobody answered', () => {
    expect(
      submitRefusal({ ...single(0), method: 'multi-stakeholder', revealedAt: new Date() }),
    ).toBe('no-answers');
  });

  it('submits a facilitated assessment only when the consensus covers every characteristic', () => {
    const workshop = { ...single(4), method: 'facilitated-workshop', revealedAt: new Date() };
    expect([
      submitRefusal({ ...workshop, consensus: { answered: 3, total: 4 } }),
      submitRefusal({ ...workshop, consensus: { answered: 4, total: 4 } }),
    ]).toEqual(['consensus-incomplete', null]);
  });

  it('freezes the answers of a submitted assessment', () => {
    expect([canChangeAnswers('draft'), canChangeAnswers('submitted')]).toEqual([true, false]);
  });
});

describe('canEditResponse', () => {
  const base = {
    mayAnswerForTeam: false,
    method: 'multi-stakeholder',
    respondentUserId: 'u1',
    userId: 'u1',
  };

  it('lets a user edit their own response', () => {
    expect(canEditResponse(base)).toBe(true);
  });

  it("lets a facilitator answer a single-stakeholder team's response", () => {
    expect(
      canEditResponse({
        ...base,
        mayAnswerForTeam: true,
        method: 'single-stakeholder',
        respondentUserId: null,
        userId: 'u2',
      }),
    ).toBe(true);
  });

  it("does not let anyone edit another stakeholder's response in a multi-stakeholder assessment", () => {
    expect(canEditResponse({ ...base, mayAnswerForTeam: true, userId: 'u2' })).toBe(false);
  });
});

describe('mayReadOthersResponse', () => {
  it('lets whoever sees results read the one response of a single-stakeholder assessment', () => {
    expect(
      mayReadOthersResponse('single-stakeholder', { resultsView: true, evidenceView: false }),
    ).toBe(true);
  });

  it('keeps an invited stakeholder’s answers from someone who only sees results', () => {
    expect(
      mayReadOthersResponse('multi-stakeholder', { resultsView: true, evidenceView: false }),
    ).toBe(false);
  });

  it('lets those who review evidence read an invited stakeholder’s answers', () => {
    expect(
      mayReadOthersResponse('facilitated-workshop', { resultsView: false, evidenceView: true }),
    ).toBe(true);
  });
});
