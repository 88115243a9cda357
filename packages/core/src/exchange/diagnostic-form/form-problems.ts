import type { LocalizedText } from '@citymaturity/model';

type Params = Readonly<Record<string, string | number>>;

/**
 * A problem found in a filled diagnostic form: which file, sheet and cell (row and column as the
 * spreadsheet shows them, e.g. row 12, column H, cell H12), what is wrong, in Chinese and English.
 */
export interface FormProblem {
  /** Errors stop the import (of every file); warnings are worth a look. */
  severity: 'error' | 'warning';
  file: string;
  /** The sheet, when the problem is in one. */
  sheet?: string;
  /** 1-based row, as the spreadsheet numbers it. */
  row?: number;
  /** Column letter(s), as the spreadsheet names it. */
  column?: string;
  /** The cell's address, e.g. H12. */
  cell?: string;
  code: string;
  params: Params;
  message: LocalizedText;
}

const s = (value: string | number | undefined): string => String(value ?? '');

/** The messages of every form problem code, in Chinese and English. */
const messages: Record<string, (p: Params) => LocalizedText> = {
  'form-unreadable': (p) => ({
    zh: `无法读取该文件：它不是有效的 Excel 工作簿（.xlsx）${p.detail ? `（${s(p.detail)}）` : ''}`,
    en: `the file cannot be read: it is not a valid Excel workbook (.xlsx)${p.detail ? ` (${s(p.detail)})` : ''}`,
  }),
  'form-not-diagnostic': () => ({
    zh: '这不是 CityMaturity 生成的诊断表（缺少隐藏的工作表 _citymaturity）；请下载诊断表后填写',
    en: 'this is not a diagnostic form made by CityMaturity (its hidden sheet _citymaturity is missing); download the form and fill it in',
  }),
  'form-format': (p) => ({
    zh: `不支持的诊断表格式 ${s(p.found)}（支持 ${s(p.expected)}）`,
    en: `unsupported diagnostic form format ${s(p.found)} (supported: ${s(p.expected)})`,
  }),
  'form-unknown-model': (p) => ({
    zh: `没有名为 "${s(p.model)}" 的模型（可用：${s(p.available)}）`,
    en: `there is no model "${s(p.model)}" (available: ${s(p.available)})`,
  }),
  'form-model-version': (p) => ({
    zh: `该诊断表针对模型 ${s(p.model)} 的 ${s(p.found)} 版，而评估使用 ${s(p.expected)} 版；请下载当前版本的诊断表`,
    en: `the form is for version ${s(p.found)} of model ${s(p.model)}, but the assessment uses version ${s(p.expected)}; download the current form`,
  }),
  'form-other-assessment': (p) => ({
    zh: `该诊断表是为另一项评估（“${s(p.title)}”）生成的`,
    en: `the form was made for another assessment (“${s(p.title)}”)`,
  }),
  'form-missing-name': () => ({
    zh: '缺少答卷人姓名',
    en: 'the respondent name is missing',
  }),
  'form-unknown-group': (p) => ({
    zh: `未知的相关方群体“${s(p.found)}”（可选：${s(p.allowedZh)}）`,
    en: `unknown stakeholder group “${s(p.found)}” (choose one of: ${s(p.allowedEn)})`,
  }),
  'form-bad-date': (p) => ({
    zh: `日期无效：${s(p.found)}（请写成 YYYY-MM-DD，例如 2026-11-01）`,
    en: `not a date: ${s(p.found)} (write it YYYY-MM-DD, e.g. 2026-11-01)`,
  }),
  'form-bad-level': (p) => ({
    zh: `特征 ${s(p.characteristic)} 的${p.measure === 'target' ? '规划2年后的水平' : '现在水平'}无效：${s(p.found)}（应为 1 到 ${s(p.max)} 的整数或“不知道”，或留空）`,
    en: `characteristic ${s(p.characteristic)}, ${p.measure === 'target' ? 'level planned in two years' : 'current level'}: ${s(p.found)} is not a level (a whole number from 1 to ${s(p.max)}, “Don’t know”, or empty)`,
  }),
  'form-unknown-characteristic': (p) => ({
    zh: `模型 ${s(p.model)} 中没有特征 "${s(p.id)}"（这一行不属于诊断表）`,
    en: `model ${s(p.model)} has no characteristic "${s(p.id)}" (this row is not part of the form)`,
  }),
  'form-duplicate-characteristic': (p) => ({
    zh: `特征 ${s(p.id)} 出现了两次（首次在第 ${s(p.first)} 行）`,
    en: `characteristic ${s(p.id)} appears twice (first in row ${s(p.first)})`,
  }),
  'form-answer-without-characteristic': () => ({
    zh: '这一行有答案，但没有特征编号',
    en: 'this row holds an answer but no characteristic id',
  }),
  'form-empty': () => ({
    zh: '诊断表中没有任何答案',
    en: 'the form holds no answers at all',
  }),
  'form-missing-characteristics': (p) => ({
    zh: `诊断表缺少 ${s(p.count)} 个特征的行：${s(p.ids)}`,
    en: `the form lacks the rows of ${s(p.count)} characteristic(s): ${s(p.ids)}`,
  }),
  'form-unanswered': (p) => ({
    zh: `${s(p.count)} 个特征未作答（现在水平）：${s(p.ids)}`,
    en: `${s(p.count)} characteristic(s) not answered (current level): ${s(p.ids)}`,
  }),
  'target-below-current': (p) => ({
    zh: `特征 ${s(p.characteristic)} 的2年规划级别（${s(p.target)}）低于现在级别（${s(p.current)}）`,
    en: `characteristic ${s(p.characteristic)}: the level planned in two years (${s(p.target)}) is below the current level (${s(p.current)})`,
  }),
  'ambitious-target': (p) => ({
    zh: `特征 ${s(p.characteristic)} 计划在2年内从 ${s(p.current)} 级提升到 ${s(p.target)} 级（超过2级），目标较为激进`,
    en: `characteristic ${s(p.characteristic)}: rising from level ${s(p.current)} to ${s(p.target)} in two years (more than 2 levels) is ambitious`,
  }),
  'form-too-large': (p) => ({
    zh: `文件太大：一份诊断表最大 ${s(p.maxMegabytes)} MB`,
    en: `the file is too large: a diagnostic form may have at most ${s(p.maxMegabytes)} MB`,
  }),
};

/** The message of a form problem code with its parameters, in both languages. */
export function formProblemMessage(code: string, params: Params): LocalizedText {
  const factory = messages[code];
  return factory ? factory(params) : { zh: code, en: code };
}

/** The spreadsheet's name of a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Builds a form problem with its messages; `at` places it in a sheet, row and column. */
export function formProblem(
  severity: FormProblem['severity'],
  file: string,
  code: string,
  params: Params,
  at: { sheet?: string; row?: number; column?: number } = {},
): FormProblem {
  const column = at.column === undefined ? undefined : columnLetter(at.column);
  return {
    severity,
    file,
    ...(at.sheet === undefined ? {} : { sheet: at.sheet }),
    ...(at.row === undefined ? {} : { row: at.row }),
    ...(column === undefined ? {} : { column }),
    ...(column !== undefined && at.row !== undefined ? { cell: `${column}${String(at.row)}` } : {}),
    code,
    params,
    message: formProblemMessage(code, params),
  };
}
