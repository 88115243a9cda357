import { standardStakeholderGroups } from '@citymaturity/core';
import { describe, expect, it } from 'vitest';
import { invitationCsvMaxRows, parseInvitationCsv } from './parse-invitation-csv.js';

const groups = [
  ...Object.entries(standardStakeholderGroups).map(([key, name]) => ({ key, name })),
  { key: 'youth-council', name: { zh: '青年委员会', en: 'Youth council' } },
];

const where = (result: ReturnType<typeof parseInvitationCsv>) =>
  result.problems.map((p) => [p.line, p.column, p.code]);

describe('parseInvitationCsv', () => {
  it('reads names, emails and groups under an English header', () => {
    const result = parseInvitationCsv(
      'name,email,group\nAnn Lee,ann@example.org,residents\nBo Wang,,academia\n',
      groups,
    );
    expect(result).toEqual({
      rows: [
        { line: 2, name: 'Ann Lee', email: 'ann@example.org', group: 'residents' },
        { line: 3, name: 'Bo Wang', email: null, group: 'academia' },
      ],
      problems: [],
    });
  });

  it('reads a Chinese header, a byte-order mark, semicolons and Windows line ends', () => {
    const result = parseInvitationCsv(
      '\uFEFF姓名;邮箱;群体\r\n王芳;wang@example.cn;居民\r\n',
      groups,
    );
    expect(result.rows).toEqual([
      { line: 2, name: '王芳', email: 'wang@example.cn', group: 'residents' },
    ]);
  });

  it('finds a group by its key or its name in either language, in any case', () => {
    const result = parseInvitationCsv(
      'group\tname\nYOUTH COUNCIL\tA\n青年委员会\tB\nyouth-council\tC\n',
      groups,
    );
    expect(result.rows.map((r) => r.group)).toEqual([
      'youth-council',
      'youth-council',
      'youth-council',
    ]);
  });

  it('keeps a quoted name with a comma and counts lines across a quoted line break', () => {
    const result = parseInvitationCsv(
      'name,group\n"Lee, Ann",residents\n"Two\nlines",academia\nCarl,residents\n',
      groups,
    );
    expect(result.rows.map((r) => [r.line, r.name])).toEqual([
      [2, 'Lee, Ann'],
      [3, 'Two\nlines'],
      [5, 'Carl'],
    ]);
  });

  it('skips empty lines and lines of empty cells, keeping the line numbers of the file', () => {
    const result = parseInvitationCsv('name,group\n\n,\nAnn,residents\n', groups);
    expect(result.rows).toEqual([{ line: 4, name: 'Ann', email: null, group: 'residents' }]);
  });

  it('reports every problem of every row with its line and column, and gives no row', () => {
    const result = parseInvitationCsv(
      [
        'name,email,group',
        ',ann@example.org,residents',
        'Bo,not-an-email,academia',
        'Cy,cy@example.org,martians',
        'Di,cy@example.org,',
        'Ed,ed@example.org,residents,extra',
      ].join('\n'),
      groups,
    );
    expect(result.rows).toEqual([]);
    expect(where(result)).toEqual([
      [2, 1, 'csv-name-required'],
      [3, 2, 'csv-email-invalid'],
      [4, 3, 'csv-group-unknown'],
      [5, 2, 'csv-email-duplicate'],
      [5, 3, 'csv-group-required'],
      [6, 4, 'csv-extra-cells'],
    ]);
  });

  it('explains each problem in Chinese and English', () => {
    const [problem] = parseInvitationCsv('name,group\nAnn,martians\n', groups).problems;
    expect(problem?.message.zh).toContain('martians');
    expect(problem?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(problem?.message.en).toBe(
      'there is no stakeholder group "martians" (give a group\'s key or its Chinese or English name)',
    );
    expect(problem?.field).toBe('group');
  });

  it('refuses unknown, repeated and missing columns in the header', () => {
    const result = parseInvitationCsv('name,phone,name\nAnn,123,Ann\n', groups);
    expect(where(result)).toEqual([
      [1, 2, 'csv-header-unknown'],
      [1, 3, 'csv-header-duplicate'],
      [1, null, 'csv-header-missing'],
    ]);
    expect(result.problems[2]?.field).toBe('group');
  });

  it('refuses an empty file and a header without rows', () => {
    expect(where(parseInvitationCsv('\n\n', groups))).toEqual([[1, null, 'csv-empty']]);
    expect(where(parseInvitationCsv('name,group\n', groups))).toEqual([[1, null, 'csv-no-rows']]);
  });

  it('refuses an unclosed quote, naming the line where it opens', () => {
    expect(where(parseInvitationCsv('name,group\n"Ann,residents\n', groups))).toEqual([
      [2, null, 'csv-syntax'],
    ]);
  });

  it(`refuses more than ${String(invitationCsvMaxRows)} rows, naming the first one too many`, () => {
    const rows = Array.from(
      { length: invitationCsvMaxRows + 1 },
      (_, i) => `P${String(i)},residents`,
    );
    const result = parseInvitationCsv(['name,group', ...rows].join('\n'), groups);
    expect(where(result)).toEqual([[invitationCsvMaxRows + 2, null, 'csv-too-many-rows']]);
  });

  it(`accepts exactly ${String(invitationCsvMaxRows)} rows`, () => {
    const rows = Array.from({ length: invitationCsvMaxRows }, (_, i) => `P${String(i)},residents`);
    const result = parseInvitationCsv(['name,group', ...rows].join('\n'), groups);
    expect([result.rows.length, result.problems]).toEqual([invitationCsvMaxRows, []]);
  });
});
