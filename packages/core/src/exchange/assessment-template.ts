import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { Document, isMap, isPair, isScalar, type YAMLMap } from 'yaml';
import { assessmentFormatTag, type AssessmentDocument } from './assessment-schema.js';

/** Options of {@link assessmentTemplate}. */
export interface TemplateOptions {
  /** Language of the comments and placeholders. */
  lang: TextLanguage;
  format: 'yaml' | 'json';
  /** The date to put in the template (YYYY-MM-DD); the caller passes today. */
  date: string;
}

const header = {
  zh: [
    'CityMaturity 评估文件（格式 citymaturity/assessment@1）。',
    '为每个特征填写 current（现在水平）和 target（规划2年后的水平）：1–5 级，或 unknown（不知道）；',
    '留空表示尚未作答。evidence 为可选的证据说明，或写成 { text: 说明, links: [网址] }。',
    'method 可选：single-stakeholder、multi-stakeholder、facilitated-workshop、multi-city-benchmark、external-audit。',
    'method 为 facilitated-workshop 时，可加上 consensus（研讨会共识），按特征编号：{ current, target, rationale, dissent }。',
    '每个特征各级别的绩效标准：citymaturity model --lang zh；填写后检查：citymaturity validate <文件>。',
  ],
  en: [
    'CityMaturity assessment file (format citymaturity/assessment@1).',
    'For each characteristic give current (the level now) and target (the level planned in two years):',
    'a level 1–5, or unknown (don’t know); leave empty when not answered yet. evidence is optional text,',
    'or { text: note, links: [web addresses] }. method: single-stakeholder, multi-stakeholder,',
    'facilitated-workshop, multi-city-benchmark or external-audit. A facilitated workshop may add consensus',
    '(the agreed levels) keyed by characteristic id: { current, target, rationale, dissent }.',
    'The criteria of every level: citymaturity model --lang en; check the file: citymaturity validate <file>.',
  ],
} as const;

/**
 * An empty assessment to fill in, for one respondent, with every characteristic of the model.
 * YAML carries comments (characteristic names and level names in the chosen language); JSON,
 * which cannot, is the bare structure.
 */
export function assessmentTemplate(model: ModelIndex, options: TemplateOptions): string {
  const { lang } = options;
  const ratings: Record<string, { current: null; target: null }> = {};
  for (const c of model.characteristics) ratings[c.id] = { current: null, target: null };
  const template: AssessmentDocument = {
    format: assessmentFormatTag,
    model: model.pack.meta.id,
    model_version: model.pack.meta.version,
    city:
      lang === 'zh'
        ? { name: '城市名称', name_en: 'City name' }
        : { name: 'City name', name_en: 'City name' },
    method: 'single-stakeholder',
    date: options.date,
    respondents: [
      {
        id: 'r1',
        name: lang === 'zh' ? '答卷人姓名' : 'Respondent name',
        group: 'local-government',
        ratings,
      },
    ],
  };
  if (options.format === 'json') return `${JSON.stringify(template, null, 2)}\n`;

  const doc = new Document(template);
  doc.commentBefore = header[lang].map((line) => ` ${line}`).join('\n');
  const levelNames = model.pack.levels.map((l) => `${String(l.level)} ${l.name[lang]}`).join(' · ');
  const respondents = doc.get('respondents', true);
  const first =
    isMap(respondents) || !respondents ? undefined : (respondents as { items: unknown[] }).items[0];
  const ratingMap = isMap(first) ? (first.get('ratings', true) as YAMLMap | undefined) : undefined;
  let lastDimension = '';
  for (const pair of ratingMap?.items ?? []) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const id = String(pair.key.value);
    const indexed = model.characteristicById.get(id);
    if (!indexed) continue;
    const lines: string[] = [];
    if (indexed.dimensionId !== lastDimension) {
      lastDimension = indexed.dimensionId;
      const dimension = model.dimensionById.get(indexed.dimensionId);
      lines.push(` ── ${indexed.dimensionId} ${dimension?.name[lang] ?? ''} ──`);
      if (lines.length === 1 && indexed.order === 0) lines.push(` ${levelNames}`);
    }
    lines.push(` ${id} ${indexed.characteristic.name[lang]}`);
    pair.key.commentBefore = lines.join('\n');
    pair.key.type = 'QUOTE_DOUBLE';
  }
  return doc.toString({ nullStr: '', lineWidth: 0 });
}
