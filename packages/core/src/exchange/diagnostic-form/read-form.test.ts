import { describe, expect, it } from 'vitest';
import { gridFromLayout } from '../../test-support/form-grid.js';
import { tinyModel } from '../../test-support/tiny-packs.js';
import { diagnosticFormLayout, formColumns, formRows } from './form-layout.js';
import { readDiagnosticForm, type ReadFormOptions } from './read-form.js';

const tiny = tinyModel();
const models = new Map([['tiny', tiny]]);
const col = formColumns(5);
const valueColumn = col.headerValue;

/** A generated form filled in: name, group, date and every characteristic answered. */
function filled(
  lang: 'zh' | 'en' = 'zh',
  options: Parameters<typeof diagnosticFormLayout>[1] = { lang },
) {
  const grid = gridFromLayout(diagnosticFormLayout(tiny, { ...options, lang }));
  grid.set(formRows.respondentName, valueColumn, '王敏');
  grid.set(
    formRows.group,
    valueColumn,
    lang === 'zh' ? '地方政府部门' : 'Local government department',
  );
  grid.set(formRows.date, valueColumn, new Date(Date.UTC(2026, 10, 1)));
  const answers: Record<string, [unknown, unknown]> = {
    '1.1.1': [2, 3],
    '1.1.2': [lang === 'zh' ? '不知道' : 'Don’t know', '3'],
    '1.2.1': [1, 2],
    '2.1': [3, 3],
  };
  for (const [id, [current, target]] of Object.entries(answers)) {
    grid.set(grid.rowOf(id), col.current, current as never);
    grid.set(grid.rowOf(id), col.target, target as never);
  }
  return grid;
}

const read = (grid: ReturnType<typeof filled>, extra: Partial<ReadFormOptions> = {}) =>
  readDiagnosticForm(grid, { file: 'wang.xlsx', models, ...extra });
const errorsOf = (result: ReturnType<typeof read>) =>
  result.problems.filter((p) => p.severity === 'error');

describe('readDiagnosticForm', () => {
  it('reads the respondent and every answer of a filled Chinese form', () => {
    const result = read(filled('zh'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.form.respondent).toEqual({
      name: '王敏',
      group: 'local-government',
      date: '2026-11-01',
    });
    expect(result.form.ratings).toEqual({
      '1.1.1': { current: 2, target: 3 },
      '1.1.2': { current: 'unknown', target: 3 },
      '1.2.1': { current: 1, target: 2 },
      '2.1': { current: 3, target: 3 },
    });
    expect([result.form.model, result.form.modelVersion, result.form.language]).toEqual([
      'tiny',
      '0.1.0',
      'zh',
    ]);
  });

  it('reads an English form the same way', () => {
    const result = read(filled('en'));
    expect(result.ok && result.form.ratings['1.1.2']).toEqual({ current: 'unknown', target: 3 });
    expect(result.ok && result.form.respondent.group).toBe('local-government');
  });

  it('accepts answers and a group written in the other language', () => {
    const grid = filled('zh');
    grid.set(grid.rowOf('1.1.1'), col.current, 'Don’t know');
    grid.set(formRows.group, valueColumn, 'Residents');
    const result = read(grid);
    expect(
      result.ok && [result.form.ratings['1.1.1']?.current, result.form.respondent.group],
    ).toEqual(['unknown', 'residents']);
  });

  it('takes the notes column as the evidence of a characteristic', () => {
    const grid = filled();
    grid.set(grid.rowOf('1.2.1'), col.notes, '数据开放平台已上线');
    const result = read(grid);
    expect(result.ok && result.form.ratings['1.2.1']).toEqual({
      current: 1,
      target: 2,
      notes: '数据开放平台已上线',
    });
  });

  it('names file, sheet, row, column and cell of a bad level, in both languages', () => {
    const grid = filled();
    const row = grid.rowOf('1.2.1');
    grid.set(row, col.target, 7);
    const [problem] = errorsOf(read(grid));
    expect(problem).toMatchObject({
      file: 'wang.xlsx',
      sheet: '诊断表',
      row,
      column: 'I',
      cell: `I${String(row)}`,
      code: 'form-bad-level',
    });
    expect(problem?.message.zh).toContain('规划2年后的水平无效：7');
    expect(problem?.message.en).toContain('1.2.1, level planned in two years: 7 is not a level');
  });

  it('reports every bad cell, not only the first', () => {
    const grid = filled();
    grid.set(grid.rowOf('1.1.1'), col.current, 'high');
    grid.set(grid.rowOf('2.1'), col.target, 0);
    expect(errorsOf(read(grid)).map((p) => p.cell)).toEqual([
      `H${String(grid.rowOf('1.1.1'))}`,
      `I${String(grid.rowOf('2.1'))}`,
    ]);
  });

  it('refuses a form without the respondent’s name', () => {
    const grid = filled();
    grid.set(formRows.respondentName, valueColumn, '  ');
    expect(errorsOf(read(grid))).toMatchObject([{ code: 'form-missing-name', cell: 'C3' }]);
  });

  it('refuses a group that is neither standard nor the organisation’s, listing those allowed', () => {
    const grid = filled('en');
    grid.set(formRows.group, valueColumn, 'Pirates');
    const [problem] = errorsOf(
      read(grid, { ownGroups: [{ key: 'planners', name: { zh: '规划师', en: 'Planners' } }] }),
    );
    expect(problem?.code).toBe('form-unknown-group');
    expect(problem?.message.en).toContain('Residents, Planners');
  });

  it('accepts the organisation’s own group, and read alone, the groups the form lists', () => {
    const own = [{ key: 'planners', name: { zh: '规划师', en: 'Planners' } }];
    const grid = filled('zh', { lang: 'zh', ownGroups: own });
    grid.set(formRows.group, valueColumn, '规划师');
    const alone = read(grid);
    expect(alone.ok && [alone.form.respondent.group, alone.form.declaredGroups]).toEqual([
      'planners',
      own,
    ]);
    const withOrganisation = read(grid, { ownGroups: own });
    expect(withOrganisation.ok && withOrganisation.form.declaredGroups).toEqual([]);
  });

  it('refuses a date that is not one', () => {
    const grid = filled();
    grid.set(formRows.date, valueColumn, '下周');
    expect(errorsOf(read(grid))).toMatchObject([{ code: 'form-bad-date', cell: 'C5' }]);
  });

  it('refuses a row whose characteristic the model does not have', () => {
    const grid = filled();
    const row = grid.rowOf('2.1') + 1;
    grid.set(row, col.id, '9.9.9');
    grid.set(row, col.current, 3);
    expect(errorsOf(read(grid))).toMatchObject([
      { code: 'form-unknown-characteristic', row, column: 'A' },
    ]);
  });

  it('refuses a characteristic that appears twice', () => {
    const grid = filled();
    const row = grid.rowOf('2.1') + 1;
    grid.set(row, col.id, '1.1.1');
    expect(errorsOf(read(grid))).toMatchObject([{ code: 'form-duplicate-characteristic', row }]);
  });

  it('refuses an answer in a row without a characteristic', () => {
    const grid = filled();
    const row = grid.rowOf('2.1') + 2;
    grid.set(row, col.current, 4);
    expect(errorsOf(read(grid))).toMatchObject([
      { code: 'form-answer-without-characteristic', row },
    ]);
  });

  it('refuses a form without any answer', () => {
    const grid = gridFromLayout(diagnosticFormLayout(tiny, { lang: 'en' }));
    grid.set(formRows.respondentName, valueColumn, 'Ann');
    expect(errorsOf(read(grid)).map((p) => p.code)).toEqual(['form-empty']);
  });

  it('refuses a form of another model version', () => {
    const grid = filled();
    const meta = grid.sheets[1];
    if (meta?.rows[2]) meta.rows[2][1] = '0.0.9';
    expect(errorsOf(read(grid))).toMatchObject([
      { code: 'form-model-version', sheet: '_citymaturity', cell: 'B3' },
    ]);
  });

  it('refuses a form made for another assessment', () => {
    const grid = filled('en', {
      lang: 'en',
      assessment: {
        id: 'a-other',
        title: 'Old baseline',
        organisationId: 'o',
        organisationName: 'City',
      },
    });
    const result = read(grid, {
      assessment: { id: 'a-this', modelId: 'tiny', modelVersion: '0.1.0' },
    });
    expect(errorsOf(result)).toMatchObject([{ code: 'form-other-assessment' }]);
    expect(errorsOf(result)[0]?.message.en).toContain('Old baseline');
  });

  it('refuses a workbook that is not a diagnostic form', () => {
    const result = read({ sheets: [{ name: 'Sheet1', rows: [['hello']] }] } as never);
    expect(errorsOf(result).map((p) => p.code)).toEqual(['form-not-diagnostic']);
  });

  it('refuses a later version of the form format', () => {
    const grid = filled();
    const meta = grid.sheets[1];
    if (meta?.rows[0]) meta.rows[0][1] = 'citymaturity/diagnostic-form@2';
    expect(errorsOf(read(grid)).map((p) => p.code)).toEqual(['form-format']);
  });

  it('warns about plan flags and unanswered characteristics without refusing', () => {
    const grid = filled();
    grid.set(grid.rowOf('1.1.1'), col.target, 1);
    grid.set(grid.rowOf('2.1'), col.current, null);
    grid.set(grid.rowOf('2.1'), col.target, null);
    const result = read(grid);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.code)).toEqual(['target-below-current', 'form-unanswered']);
  });
});
