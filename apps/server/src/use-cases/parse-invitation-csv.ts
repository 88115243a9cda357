import type { LocalizedText } from '@citymaturity/model';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** The most stakeholders one CSV file invites. */
export const invitationCsvMaxRows = 500;

/** A column of the invitation list. */
export type InvitationCsvField = 'name' | 'email' | 'group';

/** A problem of an invitation list, where it is (1-based line and column) and what it is, in both languages. */
export interface InvitationCsvProblem {
  line: number;
  column: number | null;
  field: InvitationCsvField | null;
  code: string;
  message: LocalizedText;
}

/** A stakeholder to invite, read from a row of the list. */
export interface InvitationCsvRow {
  line: number;
  name: string;
  email: string | null;
  group: string;
}

/** A group a row may name, by its key or by its name in either language. */
export interface KnownGroup {
  key: string;
  name: LocalizedText;
}

// Header names accepted for each column, compared in lower case without spaces, dashes or underscores.
const headerNames: Readonly<Record<InvitationCsvField, readonly string[]>> = {
  name: ['name', 'fullname', '姓名', '名字', '名称'],
  email: ['email', 'mail', 'emailaddress', '邮箱', '电子邮箱', '电子邮件', '邮件', '邮箱地址'],
  group: [
    'group',
    'stakeholdergroup',
    'stakeholder',
    '群体',
    '利益相关方',
    '利益相关方群体',
    '利益相关者',
    '利益相关者群体',
    '组别',
    '分组',
  ],
};

const fieldLabels: Readonly<Record<InvitationCsvField, LocalizedText>> = {
  name: { zh: '姓名（name）', en: 'name' },
  email: { zh: '邮箱（email）', en: 'email' },
  group: { zh: '群体（group）', en: 'group' },
};

const messages = {
  empty: () => ({
    zh: '文件是空的：第一行应为表头 name,email,group',
    en: 'the file is empty: the first line should be the header name,email,group',
  }),
  syntax: (detail: string) => ({ zh: `CSV 格式错误：${detail}`, en: `not valid CSV: ${detail}` }),
  'header-unknown': (header: string) => ({
    zh: `不认识的列 "${header}"：可用的列为 name（姓名）、email（邮箱）、group（群体）`,
    en: `unknown column "${header}": the columns are name, email and group`,
  }),
  'header-duplicate': (header: string) => ({
    zh: `列 "${header}" 重复`,
    en: `the column "${header}" appears twice`,
  }),
  'header-missing': (field: InvitationCsvField) => ({
    zh: `缺少必填列 ${fieldLabels[field].zh}`,
    en: `the required column ${fieldLabels[field].en} is missing`,
  }),
  'no-rows': () => ({
    zh: '表头下面没有任何邀请',
    en: 'there is nobody to invite below the header',
  }),
  'too-many-rows': (max: number) => ({
    zh: `一次最多邀请 ${String(max)} 人，请分成几个文件`,
    en: `at most ${String(max)} people can be invited at once: split the list into several files`,
  }),
  'extra-cells': () => ({
    zh: '这一行的单元格比表头多',
    en: 'this line has more cells than the header',
  }),
  'name-required': () => ({ zh: '缺少姓名', en: 'the name is missing' }),
  'name-too-long': () => ({ zh: '姓名最多 200 个字符', en: 'a name has at most 200 characters' }),
  'email-invalid': (value: string) => ({
    zh: `邮箱地址无效："${value}"`,
    en: `not a valid email address: "${value}"`,
  }),
  'email-duplicate': (value: string, line: number) => ({
    zh: `邮箱 "${value}" 已在第 ${String(line)} 行出现`,
    en: `the email "${value}" is already on line ${String(line)}`,
  }),
  'group-required': () => ({ zh: '缺少利益相关方群体', en: 'the stakeholder group is missing' }),
  'group-unknown': (value: string) => ({
    zh: `没有名为 "${value}" 的利益相关方群体（可填群体标识或中英文名称）`,
    en: `there is no stakeholder group "${value}" (give a group's key or its Chinese or English name)`,
  }),
};

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');
const emailSchema = z.email().max(320);

/** The delimiter of the list: whichever of comma, semicolon and tab the header line has most of. */
function detectDelimiter(text: string): string {
  const header = text.split('\n', 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * Reads an invitation list: a CSV file with a header row naming the columns name, email (optional)
 * and group, in English or Chinese; a byte-order mark and Windows line ends are tolerated, commas,
 * semicolons or tabs separate the cells. A group is given by its key or by its name in either
 * language. Every problem is reported, with its line and column; the list is usable only without
 * problems (all or nothing).
 */
export function parseInvitationCsv(
  input: string,
  groups: readonly KnownGroup[],
): { rows: InvitationCsvRow[]; problems: InvitationCsvProblem[] } {
  const problems: InvitationCsvProblem[] = [];
  const problem = (
    line: number,
    column: number | null,
    field: InvitationCsvField | null,
    code: keyof typeof messages,
    message: LocalizedText,
  ) => problems.push({ line, column, field, code: `csv-${code}`, message });

  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message?: string };
    problem(lines ?? 1, null, null, 'syntax', messages.syntax(message ?? ''));
    return { rows: [], problems };
  }
  // A record's first line: where it ends, less the line breaks inside its quoted cells.
  const lineOf = (r: { record: string[]; info: { lines: number } }) =>
    r.info.lines - (r.record.join('').match(/\n/g)?.length ?? 0);

  const [header, ...body] = records;
  if (!header) {
    problem(1, null, null, 'empty', messages.empty());
    return { rows: [], problems };
  }
  const headerLine = lineOf(header);
  const columns = new Map<InvitationCsvField, number>();
  header.record.forEach((cell, index) => {
    const normalised = normaliseHeader(cell);
    const field = (Object.keys(headerNames) as InvitationCsvField[]).find((f) =>
      headerNames[f].includes(normalised),
    );
    if (!field)
      problem(headerLine, index + 1, null, 'header-unknown', messages['header-unknown'](cell));
    else if (columns.has(field))
      problem(headerLine, index + 1, field, 'header-duplicate', messages['header-duplicate'](cell));
    else columns.set(field, index);
  });
  for (const field of ['name', 'group'] as const)
    if (!columns.has(field))
      problem(headerLine, null, field, 'header-missing', messages['header-missing'](field));
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0) {
    problem(headerLine, null, null, 'no-rows', messages['no-rows']());
    return { rows: [], problems };
  }
  if (body.length > invitationCsvMaxRows) {
    const first = body[invitationCsvMaxRows];
    problem(
      first ? lineOf(first) : headerLine,
      null,
      null,
      'too-many-rows',
      messages['too-many-rows'](invitationCsvMaxRows),
    );
    return { rows: [], problems };
  }

  const groupByLabel = new Map<string, string>();
  for (const g of groups) {
    groupByLabel.set(g.key.toLowerCase(), g.key);
    groupByLabel.set(g.name.zh.trim().toLowerCase(), g.key);
    groupByLabel.set(g.name.en.trim().toLowerCase(), g.key);
  }
  const emailLines = new Map<string, number>();
  const rows: InvitationCsvRow[] = [];
  for (const r of body) {
    const line = lineOf(r);
    const cell = (field: InvitationCsvField) => {
      const index = columns.get(field);
      return index === undefined ? '' : (r.record[index] ?? '');
    };
    const column = (field: InvitationCsvField) => (columns.get(field) ?? 0) + 1;
    if (r.record.length > header.record.length)
      problem(line, header.record.length + 1, null, 'extra-cells', messages['extra-cells']());
    const name = cell('name');
    if (name === '')
      problem(line, column('name'), 'name', 'name-required', messages['name-required']());
    else if (name.length > 200)
      problem(line, column('name'), 'name', 'name-too-long', messages['name-too-long']());
    const email = cell('email');
    if (email !== '') {
      const seenOn = emailLines.get(email.toLowerCase());
      if (!emailSchema.safeParse(email).success)
        problem(line, column('email'), 'email', 'email-invalid', messages['email-invalid'](email));
      else if (seenOn !== undefined)
        problem(
          line,
          column('email'),
          'email',
          'email-duplicate',
          messages['email-duplicate'](email, seenOn),
        );
      else emailLines.set(email.toLowerCase(), line);
    }
    const groupLabel = cell('group');
    const group = groupByLabel.get(groupLabel.toLowerCase());
    if (groupLabel === '')
      problem(line, column('group'), 'group', 'group-required', messages['group-required']());
    else if (!group)
      problem(
        line,
        column('group'),
        'group',
        'group-unknown',
        messages['group-unknown'](groupLabel),
      );
    if (group) rows.push({ line, name, email: email === '' ? null : email, group });
  }
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}
