import { describe, expect, it } from 'vitest';
import { tinyModel } from '../../test-support/tiny-packs.js';
import { validateAssessment } from '../parse-assessment.js';
import { formsToAssessmentDocument } from './forms-to-document.js';
import type { FilledForm } from './read-form.js';

const models = new Map([['tiny', tinyModel()]]);

function form(name: string, date: string | null, group: string | null): FilledForm {
  return {
    file: `${name}.xlsx`,
    model: 'tiny',
    modelVersion: '0.1.0',
    language: 'zh',
    assessmentId: null,
    city: '示例市',
    respondent: { name, group, date },
    declaredGroups: [{ key: 'planners', name: { zh: '规划师', en: 'Planners' } }],
    ratings: {
      '1.1.1': { current: 2, target: 3, notes: 'Plan adopted' },
      '2.1': { current: 'unknown', target: null },
    },
  };
}

describe('formsToAssessmentDocument', () => {
  it('makes one respondent per form, in order, that the exchange format accepts', () => {
    const document = formsToAssessmentDocument(
      [form('王敏', '2026-10-30', 'planners'), form('Ann', '2026-11-02', 'residents')],
      { today: '2026-12-01' },
    );
    expect(document?.respondents.map((r) => [r.id, r.name, r.group])).toEqual([
      ['r1', '王敏', 'planners'],
      ['r2', 'Ann', 'residents'],
    ]);
    expect(validateAssessment(document, { models }).ok).toBe(true);
  });

  it('is a multi-stakeholder assessment of several forms, dated by the latest form', () => {
    const document = formsToAssessmentDocument(
      [form('A', '2026-10-30', null), form('B', '2026-11-02', null), form('C', null, null)],
      { today: '2026-12-01' },
    );
    expect([document?.method, document?.date, document?.city.name]).toEqual([
      'multi-stakeholder',
      '2026-11-02',
      '示例市',
    ]);
  });

  it('is a single-stakeholder assessment of one undated form, dated today', () => {
    const document = formsToAssessmentDocument([form('A', null, null)], { today: '2026-12-01' });
    expect([document?.method, document?.date]).toEqual(['single-stakeholder', '2026-12-01']);
  });

  it('declares only the organisation’s own groups that a respondent is in', () => {
    const used = formsToAssessmentDocument([form('A', null, 'planners')], { today: '2026-12-01' });
    const unused = formsToAssessmentDocument([form('A', null, 'residents')], {
      today: '2026-12-01',
    });
    expect(used?.groups).toEqual([{ id: 'planners', name: '规划师', name_en: 'Planners' }]);
    expect(unused?.groups).toBeUndefined();
  });

  it('carries the notes as evidence text', () => {
    const document = formsToAssessmentDocument([form('A', null, null)], { today: '2026-12-01' });
    expect(document?.respondents[0]?.ratings['1.1.1']).toEqual({
      current: 2,
      target: 3,
      evidence: 'Plan adopted',
    });
  });

  it('uses the options given over what the forms say', () => {
    const document = formsToAssessmentDocument([form('A', '2026-10-01', null)], {
      today: '2026-12-01',
      city: 'Example City',
      title: 'Paper round',
      method: 'facilitated-workshop',
      date: '2026-09-09',
    });
    expect([document?.city.name, document?.title, document?.method, document?.date]).toEqual([
      'Example City',
      'Paper round',
      'facilitated-workshop',
      '2026-09-09',
    ]);
  });

  it('gives nothing without a city name', () => {
    const anonymous = { ...form('A', null, null), city: null };
    expect(formsToAssessmentDocument([anonymous], { today: '2026-12-01' })).toBeUndefined();
  });
});
