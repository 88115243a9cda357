import { describe, expect, it } from 'vitest';
import { respondentSourcesOf, type RespondentFacts } from './respondent-source.js';

const respondent = (id: string, facts: Partial<RespondentFacts> = {}): RespondentFacts => ({
  id,
  userId: null,
  invited: false,
  ...facts,
});

describe('respondentSourcesOf', () => {
  it('names the team response of an assessment created on the platform a member one', () => {
    const sources = respondentSourcesOf([respondent('team')], {
      createdBy: 'assessment.create',
      imports: [],
    });
    expect(sources.get('team')).toBe('member');
  });

  it("names a member's own response and an invited stakeholder's by what they are", () => {
    const sources = respondentSourcesOf(
      [respondent('own', { userId: 'u1' }), respondent('link', { invited: true })],
      { createdBy: 'assessment.create', imports: [] },
    );
    expect([sources.get('own'), sources.get('link')]).toEqual(['member', 'invitation']);
  });

  it('names the respondents added by filled forms paper-form', () => {
    const sources = respondentSourcesOf(
      [respondent('own', { userId: 'u1' }), respondent('p1'), respondent('p2')],
      {
        createdBy: 'assessment.create',
        imports: [{ source: 'diagnostic-forms', respondentIds: ['p1', 'p2'] }],
      },
    );
    expect([sources.get('p1'), sources.get('p2')]).toEqual(['paper-form', 'paper-form']);
  });

  it('keeps the team response a member one when a form filled it in', () => {
    const sources = respondentSourcesOf([respondent('team')], {
      createdBy: 'assessment.create',
      imports: [{ source: 'diagnostic-forms', respondentIds: ['team'] }],
    });
    expect(sources.get('team')).toBe('member');
  });

  it('names the respondents of an imported document import, forms added later paper-form', () => {
    const sources = respondentSourcesOf([respondent('r1'), respondent('r2'), respondent('p1')], {
      createdBy: 'assessment.import',
      imports: [
        { source: null, respondentIds: ['r1', 'r2'] },
        { source: 'diagnostic-forms', respondentIds: ['p1', 'r1'] },
      ],
    });
    expect(['r1', 'r2', 'p1'].map((id) => sources.get(id))).toEqual([
      'import',
      'import',
      'paper-form',
    ]);
  });

  it('names every respondent of an assessment started from forms paper-form', () => {
    const sources = respondentSourcesOf([respondent('f1'), respondent('f2')], {
      createdBy: 'assessment.import',
      imports: [{ source: 'diagnostic-forms', respondentIds: ['f1', 'f2'] }],
    });
    expect([sources.get('f1'), sources.get('f2')]).toEqual(['paper-form', 'paper-form']);
  });

  it('gives every respondent a source, whatever the chain says', () => {
    const sources = respondentSourcesOf([respondent('a'), respondent('b', { invited: true })], {
      createdBy: null,
      imports: [{ source: null, respondentIds: ['elsewhere'] }],
    });
    expect([...sources.entries()]).toEqual([
      ['a', 'member'],
      ['b', 'invitation'],
    ]);
  });
});
