import type { LocalizedText, TextLanguage } from '@citymaturity/model';

/** The words of the diagnostic form, in the two languages it is made in. */
export const formText = {
  sheetName: { zh: '诊断表', en: 'Diagnostic form' },
  title: {
    zh: '智慧可持续城市和社区成熟度模型诊断表（表 A.1 智慧可持续城市和社区成熟度模型绩效标准）',
    en: 'Maturity model for smart sustainable communities: diagnostic form (table A.1, performance criteria of the maturity model)',
  },
  respondentName: { zh: '答卷人姓名（必填）', en: 'Respondent name (required)' },
  group: { zh: '相关方群体', en: 'Stakeholder group' },
  date: { zh: '日期', en: 'Date' },
  instructions: {
    zh: '请为每个特征在“现在水平”和“规划2年后的水平”两列中选择 1–5 级；不清楚时选择“不知道”，尚未考虑的可留空。各级别的绩效标准见左侧各列（第4、5级是在前一级基础上的要求）。“备注”可填写证据或说明。只有填写栏可以编辑（工作表受保护以防误改，无密码）。',
    en: 'For each characteristic choose a level 1–5 in the columns “Current level” and “Level planned in two years”; choose “Don’t know” when unsure, or leave it empty if not considered yet. The performance criteria of each level are in the columns on the left (levels 4 and 5 build on the level before). Use “Notes” for evidence or remarks. Only the answer cells can be edited (the sheet is protected against accidental changes, without a password).',
  },
  id: { zh: '编号', en: 'No.' },
  dimension: { zh: '维度', en: 'Dimension' },
  levels: { zh: '成熟度级别', en: 'Maturity level' },
  assessment: { zh: '评估', en: 'Assessment' },
  current: { zh: '现在水平', en: 'Current level' },
  target: { zh: '规划2年后的水平', en: 'Level planned in two years' },
  notes: { zh: '备注（证据）', en: 'Notes (evidence)' },
  dontKnow: { zh: '不知道', en: 'Don’t know' },
  answerPromptTitle: { zh: '选择级别', en: 'Choose a level' },
  answerPrompt: {
    zh: '1–5 级，或“不知道”；留空表示尚未作答',
    en: 'A level 1–5, or “Don’t know”; empty = not answered yet',
  },
  answerErrorTitle: { zh: '无效的级别', en: 'Not a level' },
  answerError: {
    zh: '请从列表中选择 1、2、3、4、5 或“不知道”',
    en: 'Choose 1, 2, 3, 4, 5 or “Don’t know” from the list',
  },
  groupPrompt: {
    zh: '从列表中选择您所属的相关方群体',
    en: 'Choose your stakeholder group from the list',
  },
  datePrompt: { zh: '填写日期，例如 2026-11-01', en: 'The date, e.g. 2026-11-01' },
  model: { zh: '模型', en: 'Model' },
  organisation: { zh: '组织', en: 'Organisation' },
} satisfies Record<string, LocalizedText>;

/**
 * What "don't know" may be written as in a filled form, in either language (case and the kind of
 * apostrophe do not matter): the drop-down's entries, and what people type.
 */
const dontKnowSpellings = new Set([
  '不知道',
  '不清楚',
  "don't know",
  'dont know',
  'do not know',
  'unknown',
  '?',
  '？',
]);

/** True when a cell's text means "don't know" (in Chinese or English). */
export function isDontKnow(text: string): boolean {
  return dontKnowSpellings.has(
    text
      .trim()
      .toLowerCase()
      .replace(/[’‘`´]/g, "'"),
  );
}

/** The level names as the header of the level columns shows them: "1：初始". */
export function levelHeading(level: number, name: LocalizedText, lang: TextLanguage): string {
  return lang === 'zh' ? `${String(level)}：${name.zh}` : `${String(level)}: ${name.en}`;
}
