import { describe, expect, it } from 'vitest';
import type { DocumentProblem, FormProblem } from '../../api/exchange.js';
import {
  addChosen,
  checkChosenForms,
  documentFormat,
  documentPath,
  formLimits,
  formProblemPlace,
  groupFormProblems,
  respondentsFrom,
  sortDocumentProblems,
} from './exchange-logic.js';

const megabyte = 1024 * 1024;
const form = (name: string, size = 30_000) => ({ name, size });

function problem(over: Partial<FormProblem>): FormProblem {
  return {
    severity: 'error',
    file: 'a.xlsx',
    code: 'form-bad-level',
    params: {},
    message: { zh: '问题', en: 'problem' },
    ...over,
  };
}

function documentProblem(over: Partial<DocumentProblem>): DocumentProblem {
  return {
    severity: 'error',
    path: 'method',
    code: 'method',
    params: {},
    message: { zh: '问题', en: 'problem' },
    ...over,
  };
}

describe('checking the chosen forms before sending', () => {
  it('takes the server limits: 20 files of 2 MB', () => {
    expect(formLimits).toEqual({ files: 20, megabytes: 2 });
  });

  it('accepts filled .xlsx forms within the limits', () => {
    const check = checkChosenForms([form('王敏.xlsx'), form('B.XLSX', 2 * megabyte)]);
    expect(check).toEqual({ files: [null, null], list: null, ok: true });
  });

  it('marks a file that is too large, empty or not an .xlsx, each on its own', () => {
    const check = checkChosenForms([
      form('big.xlsx', 2 * megabyte + 1),
      form('empty.xlsx', 0),
      form('old.xls'),
      form('fine.xlsx'),
    ]);
    expect(check.files).toEqual(['too-large', 'empty', 'not-xlsx', null]);
    expect(check.ok).toBe(false);
  });

  it('refuses more than 20 files at once', () => {
    const files = Array.from({ length: 21 }, (_, i) => form(`${String(i)}.xlsx`));
    expect(checkChosenForms(files).list).toEqual({ code: 'too-many', max: 20 });
    expect(checkChosenForms(files.slice(1)).ok).toBe(true);
  });

  it('takes one form only for the team response of a single-stakeholder assessment', () => {
    const two = [form('a.xlsx'), form('b.xlsx')];
    expect(checkChosenForms(two, { oneOnly: true }).list).toEqual({ code: 'one-only' });
    expect(checkChosenForms(two.slice(1), { oneOnly: true }).ok).toBe(true);
  });

  it('is not ready with no file chosen', () => {
    expect(checkChosenForms([]).ok).toBe(false);
  });
});

describe('adding chosen files to the list', () => {
  it('keeps the order and leaves out a file chosen twice', () => {
    const a = { name: 'a.xlsx', size: 1, lastModified: 5 };
    const b = { name: 'b.xlsx', size: 2, lastModified: 5 };
    expect(addChosen([a], [b, { ...a }])).toEqual([a, b]);
  });

  it('keeps two different files of the same name', () => {
    const a = { name: 'form.xlsx', size: 1, lastModified: 5 };
    const other = { name: 'form.xlsx', size: 9, lastModified: 6 };
    expect(addChosen([a], [other])).toHaveLength(2);
  });
});

describe('the problems of forms by file', () => {
  it('groups by file in the order chosen, errors and warnings apart, by row and column', () => {
    const problems = [
      problem({ file: 'b.xlsx', row: 12, column: 'H' }),
      problem({ file: 'a.xlsx', row: 10, column: 'I' }),
      problem({ file: 'a.xlsx', severity: 'warning', row: 3, column: 'C' }),
      problem({ file: 'a.xlsx', row: 10, column: 'H' }),
      problem({ file: 'a.xlsx', row: 4 }),
    ];
    const groups = groupFormProblems(problems, ['a.xlsx', 'fine.xlsx', 'b.xlsx']);
    expect(groups.map((g) => g.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(groups[0]?.errors.map((p) => `${String(p.row)}${p.column ?? ''}`)).toEqual([
      '4',
      '10H',
      '10I',
    ]);
    expect(groups[0]?.warnings).toHaveLength(1);
  });

  it('puts column AA after column B', () => {
    const problems = [
      problem({ row: 5, column: 'AA' }),
      problem({ row: 5, column: 'B' }),
      problem({ row: 5 }),
    ];
    expect(groupFormProblems(problems)[0]?.errors.map((p) => p.column)).toEqual([
      undefined,
      'B',
      'AA',
    ]);
  });

  it('lists a file the server named that was not in the list last', () => {
    const groups = groupFormProblems(
      [problem({ file: 'x.xlsx' }), problem({ file: 'a.xlsx' })],
      ['a.xlsx'],
    );
    expect(groups.map((g) => g.file)).toEqual(['a.xlsx', 'x.xlsx']);
  });
});

describe('where a problem of a form is', () => {
  it('names the sheet and the cell with its row and column', () => {
    expect(
      formProblemPlace(problem({ sheet: '诊断表', row: 10, column: 'H', cell: 'H10' })),
    ).toEqual([
      { key: 'sheet', values: { sheet: '诊断表' } },
      { key: 'cell', values: { row: 10, column: 'H', cell: 'H10' } },
    ]);
  });

  it('makes up the cell from the row and column when the server gives none', () => {
    expect(formProblemPlace(problem({ row: 2, column: 'C' }))).toEqual([
      { key: 'cell', values: { row: 2, column: 'C', cell: 'C2' } },
    ]);
  });

  it('names a row or a column alone', () => {
    expect(formProblemPlace(problem({ row: 7 }))).toEqual([{ key: 'row', values: { row: 7 } }]);
    expect(formProblemPlace(problem({ column: 'E' }))).toEqual([
      { key: 'column', values: { column: 'E' } },
    ]);
  });

  it('says "the whole form" for a problem of the file or of a whole sheet', () => {
    expect(formProblemPlace(problem({}))).toEqual([{ key: 'wholeFile', values: {} }]);
    expect(formProblemPlace(problem({ sheet: 'Form' }))).toEqual([
      { key: 'sheet', values: { sheet: 'Form' } },
      { key: 'wholeFile', values: {} },
    ]);
  });
});

describe('the problems of an assessment file', () => {
  it('lists errors first, each in the order of its line', () => {
    const sorted = sortDocumentProblems([
      documentProblem({ severity: 'warning', line: 2, path: 'date' }),
      documentProblem({ line: 11, path: 'respondents[0].ratings["1.1.1"].current' }),
      documentProblem({ line: 5, path: 'method' }),
    ]);
    expect(sorted.map((p) => p.line)).toEqual([5, 11, 2]);
  });

  it('shows no path for a problem of the file as a whole', () => {
    expect(documentPath(documentProblem({ path: '(file)' }))).toBeNull();
    expect(documentPath(documentProblem({ path: 'respondents[0].name' }))).toBe(
      'respondents[0].name',
    );
  });

  it('tells JSON and YAML files by their name', () => {
    expect(documentFormat('city.JSON')).toBe('json');
    expect(documentFormat('city.yml')).toBe('yaml');
    expect(documentFormat('city.yaml')).toBe('yaml');
    expect(documentFormat('form.xlsx')).toBeNull();
  });
});

describe('the responses that came in on paper', () => {
  it('are those whose source is a paper form, not imports, invitations or members', () => {
    const respondents = [
      { id: 'member', source: 'member' as const },
      { id: 'invited', source: 'invitation' as const },
      { id: 'form-1', source: 'paper-form' as const },
      { id: 'imported', source: 'import' as const },
      { id: 'form-2', source: 'paper-form' as const },
    ];
    expect(respondentsFrom(respondents, 'paper-form').map((r) => r.id)).toEqual([
      'form-1',
      'form-2',
    ]);
    expect(respondentsFrom(respondents, 'import').map((r) => r.id)).toEqual(['imported']);
  });
});
