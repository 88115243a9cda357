import type { LocalizedText } from '@citymaturity/model';

/**
 * Error codes of the exchange area (diagnostic forms, imports, open data, backups), in Chinese and
 * English. `{name}` and the like are replaced by the error's details of the same names.
 */
export const exchangeMessages = {
  'forms-invalid': {
    zh: '诊断表中有 {errors} 个问题（见 problems，按文件、工作表、行和列列出）：未导入任何内容',
    en: 'The forms have {errors} problem(s) (see problems, by file, sheet, row and column): nothing was imported',
  },
  'forms-too-many': {
    zh: '每次最多导入 {max} 份诊断表',
    en: 'At most {max} forms can be imported at once',
  },
  'form-too-large': {
    zh: '文件“{name}”太大：一份诊断表最大 {maxMegabytes} MB；未导入任何内容',
    en: 'The file “{name}” is too large: a diagnostic form may have at most {maxMegabytes} MB; nothing was imported',
  },
  'forms-revealed': {
    zh: '结果已公布，评分已结束：不能再导入答卷',
    en: 'The results have been revealed and rating has closed: no more responses can be imported',
  },
  'forms-single-stakeholder': {
    zh: '单一利益相关方评估只有一份团队答卷：请只导入一份诊断表（多份请使用多方利益相关方评估）',
    en: 'A single-stakeholder assessment has one team response: import one form only (use a multi-stakeholder assessment for several)',
  },
  'exchange-invalid': {
    zh: '评估文件有 {errors} 个问题（见 problems）：未导入任何内容',
    en: 'The assessment document has {errors} problem(s) (see problems): nothing was imported',
  },
} satisfies Record<string, LocalizedText>;
