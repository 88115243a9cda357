import type { AssessmentDocument, AssessmentScore, Rollup } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';
import Table from 'cli-table3';
import type { Lang } from '../i18n.js';
import { cityName, groupName, num, signed, structureName } from './labels.js';
import { displayWidth, truncate, wrap } from './text.js';

const width = 100;

const L = {
  zh: {
    respondents: (n: number, g: number) => `${String(n)} 位答卷人，${String(g)} 个相关方群体`,
    colon: '：',
    model: '模型',
    method: '方法',
    confidence: '可信度',
    structure: '维度 / 子维度',
    current: '现在',
    target: '2年规划',
    gap: '差距',
    weakest: '最弱特征（现在）',
    overall: '总体',
    rollupNote:
      '计算方法：每个数字是所含特征中位数的平均值，保留一位小数；每个特征权重相同；无人给出级别的特征不计入（标准未规定汇总规则）。"差距" = 2年规划 − 现在。',
    characteristics: '特征',
    id: '编号',
    name: '名称',
    agreement: '一致',
    answers: '作答 (不知道)',
    flag: '提示',
    flagBelow: '规划低于现在',
    flagAmbitious: '2年内提升超过2级',
    characteristicsNote:
      '现在 / 2年规划为答卷人评级的中位数；"一致"为评级与中位数相差不超过一级的比例。',
    divergence: '相关方群体之间的认知差异（中位数相差 2 级或以上）',
    noDivergence: '没有：各群体的中位数相差都不到 2 级。',
    measureCurrent: '现在',
    measureTarget: '2年规划',
    suppressed: (groups: string, min: number) =>
      `答卷人少于 ${String(min)} 位的群体不单独统计：${groups}`,
    alpha: '答卷人之间的一致性（Krippendorff α，有序）',
    alphaLine: (c: string, t: string) => `现在 ${c}，2年规划 ${t}`,
    alphaNote:
      '解读：α ≥ 0.800 一致性高；0.667–0.800 中等；低于 0.667 一致性低，需讨论分歧（例如通过研讨会）。α 需要至少两位答卷人。',
    priorities: (n: number, all: number) =>
      `优先事项（前 ${String(n)} 项，共 ${String(all)} 项：按规划差距从大到小，再按现在级别从低到高）`,
    noPriorities: '没有规划中的提升（所有特征的2年规划都不高于现在）。',
    nextLevel: (l: number, name: string) => `下一级 ${String(l)}（${name}）的绩效标准：`,
    generic: '该类特征下一级的通用描述：',
    components: 'ISO 37106 组成部分：',
    standards: '支撑标准：',
    functions: 'ISO 18091 地方政府职能：',
    warnings: (n: number) => `有 ${String(n)} 个警告：运行 citymaturity validate 查看。`,
  },
  en: {
    respondents: (n: number, g: number) =>
      `${String(n)} respondent(s) in ${String(g)} stakeholder group(s)`,
    colon: ': ',
    model: 'Model',
    method: 'Method',
    confidence: 'confidence',
    structure: 'Dimension / sub-dimension',
    current: 'Current',
    target: 'In 2 years',
    gap: 'Gap',
    weakest: 'Weakest (current)',
    overall: 'Overall',
    rollupNote:
      'How these are computed: each figure is the mean of the medians of its characteristics, to one decimal; every characteristic weighs the same; characteristics nobody gave a level are left out (the standard leaves the roll-up rule open). Gap = in 2 years − current.',
    characteristics: 'Characteristics',
    id: 'Id',
    name: 'Name',
    agreement: 'Agree',
    answers: 'Answers (unknown)',
    flag: 'Flag',
    flagBelow: 'plan below current',
    flagAmbitious: 'rise > 2 levels in 2 years',
    characteristicsNote:
      'Current / in 2 years are the medians of the respondents’ levels; "Agree" is the share of levels within one level of the median.',
    divergence:
      'Perception differences between stakeholder groups (medians 2 or more levels apart)',
    noDivergence: 'None: no two groups’ medians are 2 levels apart.',
    measureCurrent: 'current',
    measureTarget: 'in 2 years',
    suppressed: (groups: string, min: number) =>
      `Groups with fewer than ${String(min)} respondents are not shown on their own: ${groups}`,
    alpha: 'Agreement between respondents (Krippendorff’s alpha, ordinal)',
    alphaLine: (c: string, t: string) => `current ${c}, in 2 years ${t}`,
    alphaNote:
      'Reading it: α ≥ 0.800 high agreement; 0.667–0.800 moderate; below 0.667 low, worth discussing (for example in a facilitated workshop). Alpha needs at least two respondents.',
    priorities: (n: number, all: number) =>
      `Priorities (top ${String(n)} of ${String(all)}: largest planned gap first, then lowest current level)`,
    noPriorities: 'No planned improvement (no characteristic is planned above its current level).',
    nextLevel: (l: number, name: string) => `Criteria of the next level, ${String(l)} (${name}):`,
    generic: 'Generic description of that level for this type of characteristic:',
    components: 'ISO 37106 components: ',
    standards: 'Supporting standards: ',
    functions: 'ISO 18091 local-government functions: ',
    warnings: (n: number) => `${String(n)} warning(s): run citymaturity validate to see them.`,
  },
} as const;

export interface ScoreReportContext {
  model: ModelIndex;
  assessment: AssessmentDocument;
  lang: Lang;
  /** How many priorities to show. */
  top: number;
  /** Number of validation warnings (shown as a hint). */
  warnings: number;
  minGroupSize?: number;
}

function table(head: string[], colAligns: ('left' | 'right')[]): Table.Table {
  return new Table({
    head,
    colAligns,
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

function section(title: string): string {
  return `\n${title}\n${'─'.repeat(Math.min(width, displayWidth(title)))}`;
}

/** The readable report of a scored assessment, in one language. */
export function renderScoreReport(score: AssessmentScore, context: ScoreReportContext): string {
  const { model, assessment, lang } = context;
  const l = L[lang];
  const pack = model.pack;
  const out: string[] = [];

  const method = pack.evidence_methods?.find((m) => m.id === assessment.method);
  const groupCount = Object.keys(score.respondents.byGroup).length;
  out.push(
    `${cityName(assessment, lang)} · ${assessment.date}${assessment.title ? ` · ${assessment.title}` : ''}`,
  );
  out.push(
    `${l.model}${l.colon}${pack.meta.title[lang]} (${pack.meta.standard.designation}, ${pack.meta.id} ${pack.meta.version})`,
  );
  if (method)
    out.push(
      `${l.method}${l.colon}${method.name[lang]} (${l.confidence} ${String(method.rank)}/${String(pack.evidence_methods?.length ?? 5)})`,
    );
  out.push(l.respondents(score.respondents.total, groupCount));

  out.push(section(l.structure));
  const rollups = table(
    [l.structure, l.current, l.target, l.gap, l.weakest],
    ['left', 'right', 'right', 'right', 'left'],
  );
  const row = (label: string, r: Rollup | undefined) => {
    rollups.push([
      truncate(label, 46),
      num(r?.current),
      num(r?.target),
      signed(r?.gap),
      truncate(r?.weakest.current.join(', ') ?? '', 24),
    ]);
  };
  for (const dimension of pack.dimensions) {
    row(`${dimension.id} ${dimension.name[lang]}`, score.dimensions[dimension.id]);
    for (const sub of dimension.subdimensions)
      row(`  ${sub.id} ${sub.name[lang]}`, score.subdimensions[sub.id]);
  }
  for (const group of pack.rollup_groups ?? []) row(group.name[lang], score.rollupGroups[group.id]);
  row(l.overall, score.overall);
  out.push(rollups.toString(), wrap(l.rollupNote, width));

  out.push(section(l.characteristics));
  const chars = table(
    [l.id, l.name, l.current, l.target, l.gap, l.agreement, l.answers, l.flag],
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  for (const c of model.characteristics) {
    const r = score.characteristics[c.id];
    if (!r) continue;
    const agreement =
      r.current.agreement === null ? '–' : `${String(Math.round(r.current.agreement * 100))}%`;
    const flag =
      r.plan === 'target-below-current'
        ? l.flagBelow
        : r.plan === 'ambitious-target'
          ? l.flagAmbitious
          : '';
    chars.push([
      c.id,
      truncate(c.characteristic.name[lang], 30),
      num(r.current.median),
      num(r.target.median),
      signed(r.gap),
      agreement,
      `${String(r.current.n)} (${String(r.current.unknown)})`,
      flag,
    ]);
  }
  out.push(chars.toString(), wrap(l.characteristicsNote, width));

  out.push(section(l.divergence));
  if (score.divergence.length === 0) out.push(l.noDivergence);
  for (const d of score.divergence) {
    const medians = d.groups
      .map((g) => `${groupName(g, assessment, lang)} ${num(d.medians[g])}`)
      .join(' · ');
    const measure = d.measure === 'current' ? l.measureCurrent : l.measureTarget;
    out.push(
      wrap(
        `${d.characteristic} ${structureName(model, d.characteristic, lang)} (${measure}): ${medians}`,
        width,
      ),
    );
  }
  const suppressed = Object.entries(score.stakeholderGroups)
    .filter(([, g]) => g.suppressed)
    .map(([id]) => groupName(id, assessment, lang));
  if (suppressed.length > 0)
    out.push(l.suppressed(suppressed.join(', '), context.minGroupSize ?? 1));

  out.push(
    section(l.alpha),
    l.alphaLine(num(score.alpha.current, 3), num(score.alpha.target, 3)),
    wrap(l.alphaNote, width),
  );

  const shown = score.priorities.slice(0, context.top);
  out.push(section(l.priorities(shown.length, score.priorities.length)));
  if (shown.length === 0) out.push(l.noPriorities);
  for (const p of shown) {
    const g = p.guidance;
    out.push(
      `\n${String(p.rank)}. ${p.characteristic} ${p.name[lang]}${l.colon}${num(p.current)} → ${num(p.target)} (${signed(p.gap)})`,
    );
    if (g.nextLevel !== null && g.nextCriteria) {
      const levelName = pack.levels.find((lv) => lv.level === g.nextLevel)?.name[lang] ?? '';
      out.push(
        wrap(l.nextLevel(g.nextLevel, levelName), width, '   '),
        wrap(g.nextCriteria[lang], width, '     '),
      );
      if (g.nextTypeDescription)
        out.push(wrap(l.generic, width, '   '), wrap(g.nextTypeDescription[lang], width, '     '));
    }
    if (g.components.length > 0) {
      out.push(
        wrap(
          `${l.components}${g.components.map((c) => `[${c.code}] ${c.name[lang]} (${c.clause})`).join('; ')}`,
          width,
          '   ',
        ),
      );
    }
    const standards = [...new Set(g.supportingDocuments.flatMap((d) => d.standards))];
    if (standards.length > 0) out.push(wrap(`${l.standards}${standards.join('; ')}`, width, '   '));
    if (g.functions.length > 0)
      out.push(
        wrap(`${l.functions}${g.functions.map((f) => f.name[lang]).join('; ')}`, width, '   '),
      );
  }
  if (context.warnings > 0) out.push(`\n${l.warnings(context.warnings)}`);
  return out.join('\n');
}
