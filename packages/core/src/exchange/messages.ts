import type { LocalizedText } from '@citymaturity/model';

type Params = Readonly<Record<string, string | number>>;
type MessageFactory = (p: Params) => LocalizedText;

const s = (value: string | number | undefined): string => String(value ?? '');

/** The messages of every validation problem code, in Chinese and English. */
const messages: Record<string, MessageFactory> = {
  'yaml-syntax': (p) => ({
    zh: `不是有效的 YAML/JSON（第 ${s(p.line)} 行第 ${s(p.column)} 列）：${s(p.detail)}`,
    en: `not valid YAML/JSON (line ${s(p.line)}, column ${s(p.column)}): ${s(p.detail)}`,
  }),
  'not-a-mapping': () => ({
    zh: '文件内容必须是一个对象（键值映射），例如以 "format: citymaturity/assessment@1" 开头',
    en: 'the file must hold a mapping of keys, starting for example with "format: citymaturity/assessment@1"',
  }),
  format: (p) => ({
    zh: `必须是 "citymaturity/assessment@1"（实际为 ${s(p.found)}）`,
    en: `must be "citymaturity/assessment@1" (found ${s(p.found)})`,
  }),
  required: () => ({ zh: '缺少此项（必填）', en: 'is required but missing' }),
  'unknown-field': (p) => ({
    zh: `不认识的字段 "${s(p.field)}"（请检查拼写）`,
    en: `unknown field "${s(p.field)}" (check the spelling)`,
  }),
  level: (p) => ({
    zh: `级别必须是 1 到 ${s(p.max)} 的整数或 "unknown"（不知道）（实际为 ${s(p.found)}）`,
    en: `a level must be a whole number from 1 to ${s(p.max)} or "unknown" (found ${s(p.found)})`,
  }),
  evidence: () => ({
    zh: '证据必须是文字，或包含 text（文字）、links（链接列表）和 files（文件列表：name、media_type、size、sha256）的对象',
    en: 'evidence must be text, or an object with text, links (a list of web addresses) and files (a list of name, media_type, size, sha256)',
  }),
  link: (p) => ({
    zh: `链接必须是以 http:// 或 https:// 开头的网址（实际为 ${s(p.found)}）`,
    en: `a link must be a web address starting with http:// or https:// (found ${s(p.found)})`,
  }),
  'characteristic-id': (p) => ({
    zh: `特征编号必须形如 "1.2.3"（实际为 ${s(p.found)}）`,
    en: `a characteristic id looks like "1.2.3" (found ${s(p.found)})`,
  }),
  id: (p) => ({
    zh: `编号只能包含字母、数字、点、下划线和连字符（实际为 ${s(p.found)}）`,
    en: `an id may contain only letters, digits, dots, underscores and dashes (found ${s(p.found)})`,
  }),
  method: (p) => ({
    zh: `评估方法必须是以下之一：${s(p.allowed)}（实际为 ${s(p.found)}）`,
    en: `the method must be one of: ${s(p.allowed)} (found ${s(p.found)})`,
  }),
  date: (p) => ({
    zh: `日期必须写成 YYYY-MM-DD，例如 2026-11-01（实际为 ${s(p.found)}）`,
    en: `the date must be written YYYY-MM-DD, e.g. 2026-11-01 (found ${s(p.found)})`,
  }),
  'no-respondents': () => ({
    zh: '至少需要一位答卷人',
    en: 'at least one respondent is needed',
  }),
  'unknown-model': (p) => ({
    zh: `没有名为 "${s(p.model)}" 的模型（可用：${s(p.available)}）`,
    en: `there is no model "${s(p.model)}" (available: ${s(p.available)})`,
  }),
  'unknown-characteristic': (p) => ({
    zh: `模型 ${s(p.model)} 中没有特征 "${s(p.id)}"（特征编号从 ${s(p.first)} 到 ${s(p.last)}）`,
    en: `model ${s(p.model)} has no characteristic "${s(p.id)}" (ids run from ${s(p.first)} to ${s(p.last)})`,
  }),
  'unknown-group': (p) => ({
    zh: `未知的相关方群体 "${s(p.group)}"（可用：${s(p.allowed)}；也可以在 groups 中声明自己的群体）`,
    en: `unknown stakeholder group "${s(p.group)}" (available: ${s(p.allowed)}; or declare your own under groups)`,
  }),
  'duplicate-respondent': (p) => ({
    zh: `答卷人编号 "${s(p.id)}" 重复（首次出现在 ${s(p.first)}）`,
    en: `respondent id "${s(p.id)}" is used twice (first at ${s(p.first)})`,
  }),
  'duplicate-group': (p) => ({
    zh: `群体编号 "${s(p.id)}" 重复`,
    en: `group id "${s(p.id)}" is declared twice`,
  }),
  'target-below-current': (p) => ({
    zh: `特征 ${s(p.characteristic)} 的2年规划级别（${s(p.target)}）低于现在级别（${s(p.current)}）`,
    en: `characteristic ${s(p.characteristic)}: the level planned in two years (${s(p.target)}) is below the current level (${s(p.current)})`,
  }),
  'ambitious-target': (p) => ({
    zh: `特征 ${s(p.characteristic)} 计划在2年内从 ${s(p.current)} 级提升到 ${s(p.target)} 级（超过2级），目标较为激进`,
    en: `characteristic ${s(p.characteristic)}: rising from level ${s(p.current)} to ${s(p.target)} in two years (more than 2 levels) is ambitious`,
  }),
  'unrated-characteristics': (p) => ({
    zh: `答卷人“${s(p.respondent)}”有 ${s(p.count)} 个特征未作答：${s(p.ids)}`,
    en: `respondent “${s(p.respondent)}” has not answered ${s(p.count)} characteristic(s): ${s(p.ids)}`,
  }),
  'consensus-without-workshop': (p) => ({
    zh: `consensus（共识）只能用于引导式研讨会（method: facilitated-workshop），本评估的方法为 ${s(p.method)}；请删除 consensus 或更改 method`,
    en: `consensus (the agreed levels) belongs only to a facilitated workshop (method: facilitated-workshop), but the method is ${s(p.method)}; remove consensus or change the method`,
  }),
  'single-stakeholder-with-many': (p) => ({
    zh: `评估方法为单一利益相关方观点，但有 ${s(p.count)} 位答卷人；多位答卷人应使用 multi-stakeholder`,
    en: `the method is single-stakeholder but there are ${s(p.count)} respondents; use multi-stakeholder for several`,
  }),
};

/** The message of a problem code with its parameters, in both languages. */
export function problemMessage(code: string, params: Params): LocalizedText {
  const factory = messages[code];
  if (factory) return factory(params);
  return { zh: s(params.zh ?? params.detail), en: s(params.en ?? params.detail) };
}
