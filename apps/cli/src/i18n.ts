import type { LocalizedText } from '@citymaturity/model';

/** The languages of the command's output. */
export type Lang = 'zh' | 'en';

/**
 * The language to use: `--lang` if given anywhere in the arguments, else Chinese when the
 * environment's locale is Chinese (LC_ALL, LC_MESSAGES, LANG), else English.
 */
export function detectLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index >= 0) {
    const arg = argv[index] as string;
    const value = arg.includes('=') ? arg.split('=')[1] : argv[index + 1];
    if (value === 'zh' || value === 'en') return value;
  }
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** The text in the chosen language. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** A string of the command's own user interface in both languages. */
const strings = {
  description: {
    zh: 'CityMaturity：智慧可持续城市成熟度评估（ISO/TS 37107）与智慧城市运行模型（ISO 37106）',
    en: 'CityMaturity: smart sustainable city maturity assessment (ISO/TS 37107) and smart city operating model (ISO 37106)',
  },
  optLang: {
    zh: '输出语言：zh（中文）或 en（英文）',
    en: 'language of the output: zh (Chinese) or en (English)',
  },
  optJson: { zh: '输出 JSON', en: 'print JSON' },
  cmdTemplate: { zh: '输出一份待填写的空白评估', en: 'print an empty assessment to fill in' },
  optFormat: { zh: '格式：yaml 或 json', en: 'format: yaml or json' },
  optModel: { zh: '模型包编号', en: 'model pack id' },
  cmdValidate: {
    zh: '检查评估文件，列出所有问题',
    en: 'check an assessment file and list every problem',
  },
  cmdScore: {
    zh: '为评估计分：维度汇总、差距、分歧、一致性与优先事项',
    en: 'score an assessment: roll-ups, gaps, divergence, agreement and priorities',
  },
  optTop: { zh: '显示的优先事项数量', en: 'number of priorities to show' },
  optMinGroup: {
    zh: '显示群体统计所需的最少答卷人数',
    en: 'fewest respondents for a group’s statistics to be shown',
  },
  cmdModel: { zh: '显示模型内容', en: 'show the model' },
  optPack: { zh: '模型包：mmssc 或 scom', en: 'model pack: mmssc or scom' },
  cmdServe: { zh: '运行平台（网页和 API）', en: 'run the platform (web app and API)' },
  optDemo: {
    zh: '加载演示城市"示例市"及其已完成的基准线评估',
    en: 'load the demo city 示例市 / Example City with a completed baseline',
  },
  optPort: {
    zh: '端口（默认使用环境变量 PORT，或 8080）',
    en: 'port (default: the PORT variable, or 8080)',
  },
  cmdVerify: {
    zh: '校验评估记录：哈希链、快照、答案与外部审核（直接读取数据库：DATABASE_URL 或数据目录）',
    en: "verify an assessment's records: hash chain, snapshot, answers and external audit (reads the database: DATABASE_URL or the data directory)",
  },
  argIdOrDigest: {
    zh: '评估编号（UUID）或快照摘要（SHA-256）',
    en: 'assessment id (UUID) or snapshot digest (SHA-256)',
  },
  cmdSchema: {
    zh: '输出评估交换格式的 JSON Schema',
    en: 'print the JSON Schema of the assessment exchange format',
  },
  cmdPackCheck: {
    zh: '检查模型包文件（供标准专家编辑模型包时使用）',
    en: 'check model pack files (for standards experts editing a pack)',
  },
  optPartial: {
    zh: '只检查给出的部分，不检查交叉引用',
    en: 'check only the sections given, not the cross-references',
  },
  argFile: { zh: '评估文件（YAML 或 JSON）', en: 'assessment file (YAML or JSON)' },
  argPackPaths: { zh: '模型包文件或目录', en: 'model pack files or directory' },
  helpCommand: { zh: '显示命令帮助', en: 'show help for a command' },
  helpOption: { zh: '显示帮助', en: 'show help' },
  versionOption: { zh: '显示版本', en: 'show the version' },
  usageError: { zh: '用法错误', en: 'usage error' },
  fileMissing: { zh: '找不到文件', en: 'file not found' },
  fileUnreadable: { zh: '无法读取文件', en: 'cannot read the file' },
  notAFile: { zh: '不是文件', en: 'not a file' },
  fileTooLarge: { zh: '文件过大（上限 {max} MB）', en: 'file too large (limit {max} MB)' },
  invalidFile: {
    zh: '{file}：有 {count} 个错误，无法使用',
    en: '{file}: {count} error(s), cannot be used',
  },
  validFile: {
    zh: '{file}：有效（{respondents} 位答卷人，{warnings} 个警告）',
    en: '{file}: valid ({respondents} respondent(s), {warnings} warning(s))',
  },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  line: { zh: '第 {line} 行', en: 'line {line}' },
  packInvalid: { zh: '模型包无效', en: 'model pack is invalid' },
  packOk: { zh: '模型包有效', en: 'model pack is valid' },
  internalError: { zh: '内部错误（请报告此问题）', en: 'internal error (please report it)' },
} satisfies Record<string, LocalizedText>;

export type StringKey = keyof typeof strings;

/** A user-interface string in the chosen language, with `{name}` placeholders filled in. */
export function t(
  key: StringKey,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
