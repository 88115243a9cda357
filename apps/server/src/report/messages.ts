import type { ReportLanguage } from './report-input.js';

type Confidence = 'lowest' | 'low' | 'medium' | 'high' | 'highest';
type AlphaReading = 'high' | 'moderate' | 'low' | 'undefined';

/** The fixed wording of the PDF report in one language. */
export interface ReportMessages {
  reportKind: string;
  /** Labels of the title page's facts. */
  facts: {
    location: string;
    title: string;
    date: string;
    method: string;
    model: string;
    operatingModel: string;
    status: string;
    respondents: string;
    generated: string;
  };
  methodRank: (rank: number, count: number, confidence: string) => string;
  confidence: Record<Confidence, string>;
  draft: string;
  submitted: (at: string | null) => string;
  respondents: (total: number, groups: number) => string;
  summary: string;
  columns: { measure: string; current: string; target: string; gap: string; weakest: string };
  overall: string;
  medianRule: string;
  rollupRule: string;
  unrated: (count: number) => string;
  charts: { radar: string; matrix: string; gap: string };
  chartNotes: { radar: string; matrix: string; gap: string };
  dimensionsTable: string;
  dimension: string;
  strengthsAndWeaknesses: string;
  strengthsRule: string;
  strengths: string;
  weaknesses: string;
  none: string;
  standout: (characteristic: string, median: string, agreement: number | null) => string;
  divergence: string;
  divergenceRule: string;
  noDivergence: string;
  measure: { current: string; target: string };
  divergenceItem: (
    characteristic: string,
    measure: string,
    spread: string,
    groups: readonly (readonly [string, string])[],
  ) => string;
  agreement: string;
  alphaRule: string;
  alphaValue: (measure: string, alpha: string, reading: string) => string;
  alphaReading: Record<AlphaReading, string>;
  priorities: string;
  prioritiesRule: string;
  noPriorities: string;
  priority: (rank: number, characteristic: string) => string;
  priorityLevels: (current: string, target: string, gap: string) => string;
  nextCriteria: (level: string) => string;
  typeDescription: (level: number, type: string) => string;
  components: string;
  component: (code: string, name: string, clause: string) => string;
  seeAbove: (rank: number) => string;
  noComponents: string;
  supporting: string;
  provenance: string;
  provenanceScoring: string;
  provenanceModel: (title: string, designation: string, translation: string) => string;
  page: (n: number, of: number) => string;
  notRated: string;
  listSeparator: string;
}

/** The report's wording in Chinese and English. */
export const reportMessages: Readonly<Record<ReportLanguage, ReportMessages>> = {
  zh: {
    reportKind: '智慧可持续城市成熟度评估报告',
    facts: {
      location: '国家/地区',
      title: '评估',
      date: '评估日期',
      method: '证据收集方法',
      model: '成熟度模型',
      operatingModel: '运行模型（指导）',
      status: '状态',
      respondents: '答卷人',
      generated: '报告生成时间',
    },
    methodRank: (rank, count, confidence) =>
      `在成本和可信度递增的 ${count} 种方法中排第 ${rank} 位（ISO/TS 37107 5.1），相对可信度：${confidence}`,
    confidence: { lowest: '最低', low: '低', medium: '中', high: '高', highest: '最高' },
    draft: '草稿（尚未提交）',
    submitted: (at) => (at ? `已提交（${at}）` : '已提交'),
    respondents: (total, groups) => `${total} 人，${groups} 个相关方群体`,
    summary: '结果摘要',
    columns: {
      measure: '',
      current: '现在水平',
      target: '2年后',
      gap: '差距',
      weakest: '现在最弱的特征',
    },
    overall: '总体',
    medianRule:
      '每个特征的现在水平和规划2年后的水平是答卷人评级（1–5 级）的中位数；评级个数为偶数时，中位数可能是半级（如 2.5）。',
    rollupRule:
      '汇总值是所含特征中位数的平均值，保留一位小数，不加权：每个特征只计一次。差距 = 2年后的汇总值 − 现在的汇总值。',
    unrated: (count) => `${count} 个特征没有中位数（全部答卷人回答“不知道”或未作答），未计入汇总。`,
    charts: { radar: '子维度雷达图', matrix: '成熟度矩阵', gap: '现在水平和规划差距' },
    chartNotes: {
      radar:
        '每条轴是一个子维度的汇总值（0–5）。实线和圆点：现在水平；虚线和三角：规划2年后的水平。',
      matrix: '仿照 ISO/TS 37107 图 1：每行一个特征，每列一个级别。',
      gap: '蓝色段：现在水平中位数；橙色段：规划2年内的提升；每行末尾注明“现在 → 2年后”。',
    },
    dimensionsTable: '维度和子维度',
    dimension: '维度/子维度',
    strengthsAndWeaknesses: '优势和不足',
    strengthsRule:
      '优势：现在水平中位数最高且至少为 3 级（实现）的特征；不足：中位数最低且至多为 2 级（部分实现）的特征。各列至多 5 个；中位数相同时，意见更一致者在前。',
    strengths: '优势',
    weaknesses: '不足',
    none: '无。',
    standout: (characteristic, median, agreement) =>
      agreement === null
        ? `${characteristic}：中位数 ${median}`
        : `${characteristic}：中位数 ${median}，${Math.round(agreement * 100)}% 的答卷人与中位数相差不超过一级`,
    divergence: '相关方认知差异',
    divergenceRule:
      '当两个相关方群体的中位数相差 2 级或以上时，该特征被标记：各群体对城市现状或规划的看法明显不同（ISO/TS 37107 5.1 所称“关键认知差异”），宜在据此采取行动前讨论。',
    noDivergence: '没有相关方认知差异：任何两个群体的中位数相差均不到 2 级。',
    measure: { current: '现在水平', target: '2年后' },
    divergenceItem: (characteristic, measure, spread, groups) =>
      `${characteristic}（${measure}，相差 ${spread} 级）：${groups.map(([g, v]) => `${g} ${v}`).join('，')}`,
    agreement: '答卷人之间的一致性',
    alphaRule:
      'Krippendorff α（序数）衡量答卷人在全部特征上评级的一致程度：1 表示完全一致，0 表示与随机无异。解读：α ≥ 0.800 一致性高；0.667–0.800 中等；低于 0.667 低，说明结果基于分歧较大的看法，最好通过主持研讨会确认。',
    alphaValue: (measure, alpha, reading) => `${measure}：α = ${alpha}（${reading}）`,
    alphaReading: {
      high: '一致性高',
      moderate: '一致性中等',
      low: '一致性低',
      undefined: '无法计算：每个特征的评级不足两个，或评级没有差异',
    },
    priorities: '优先事项',
    prioritiesRule:
      '所有规划提升的特征，按规划差距从大到小排列，差距相同时现在水平低者在前。每项给出下一级别的准则、该级别的通用描述、指导该特征的 ISO 37106 组成部分及其建议，以及支撑标准。',
    noPriorities: '没有规划提升的特征。',
    priority: (rank, characteristic) => `优先事项 ${rank}：${characteristic}`,
    priorityLevels: (current, target, gap) =>
      `现在水平 ${current} → 2年后 ${target}（差距 ${gap}）`,
    nextCriteria: (level) => `下一级别（${level}）的准则`,
    typeDescription: (level, type) => `${level} 级的通用描述（${type} 类特征）`,
    components: 'ISO 37106 组成部分和建议',
    component: (code, name, clause) =>
      `[${code}] ${name}（GB/T 41150—2021 第 ${clause} ${clause.includes('.') ? '条' : '章'}）`,
    seeAbove: (rank) => `建议见优先事项 ${rank}。`,
    noComponents: '没有关联的 ISO 37106 组成部分。',
    supporting: '支撑标准（ISO/TS 37107 附录 B）',
    provenance: '关于本报告',
    provenanceScoring:
      'ISO/TS 37107 规定了特征和各级别的准则，但未规定如何汇总多名答卷人的评级。本报告采用 CityMaturity 公开的计分规则（中位数、不加权的平均值、Krippendorff α），见 docs/scoring.md。',
    provenanceModel: (title, designation, translation) =>
      `${title}（${designation}）：${translation}`,
    page: (n, of) => `第 ${n} 页，共 ${of} 页`,
    notRated: '—',
    listSeparator: '；',
  },
  en: {
    reportKind: 'Smart sustainable city maturity assessment report',
    facts: {
      location: 'Country / region',
      title: 'Assessment',
      date: 'Assessment date',
      method: 'Evidence method',
      model: 'Maturity model',
      operatingModel: 'Operating model (guidance)',
      status: 'Status',
      respondents: 'Respondents',
      generated: 'Report generated',
    },
    methodRank: (rank, count, confidence) =>
      `rank ${rank} of ${count} on the scale of rising cost and confidence (ISO/TS 37107 5.1); relative confidence: ${confidence}`,
    confidence: {
      lowest: 'lowest',
      low: 'low',
      medium: 'medium',
      high: 'high',
      highest: 'highest',
    },
    draft: 'Draft (not yet submitted)',
    submitted: (at) => (at ? `Submitted (${at})` : 'Submitted'),
    respondents: (total, groups) =>
      `${total} in ${groups} stakeholder group${groups === 1 ? '' : 's'}`,
    summary: 'Summary',
    columns: {
      measure: '',
      current: 'Current',
      target: 'In 2 years',
      gap: 'Gap',
      weakest: 'Weakest now',
    },
    overall: 'Overall',
    medianRule:
      "For each characteristic, the current level and the level planned in two years are the medians of the respondents' ratings (levels 1–5); with an even number of ratings a median can end in .5.",
    rollupRule:
      'A roll-up is the mean of the characteristic medians it contains, to one decimal, with no weights: every characteristic counts once. Gap = the roll-up in 2 years − the current roll-up.',
    unrated: (count) =>
      `${count} characteristic${count === 1 ? ' has' : 's have'} no median (every respondent answered "don't know" or nothing) and ${count === 1 ? 'is' : 'are'} left out of the roll-ups.`,
    charts: {
      radar: 'Sub-dimensions at a glance',
      matrix: 'Maturity matrix',
      gap: 'Current level and planned gap',
    },
    chartNotes: {
      radar:
        'Each axis is a sub-dimension roll-up (0–5). Solid line with circles: current level; dashed line with triangles: planned in 2 years.',
      matrix: 'After figure 1 of ISO/TS 37107: one row per characteristic, one column per level.',
      gap: 'Blue: current median; orange: the rise planned within 2 years; each row ends with "current → in 2 years".',
    },
    dimensionsTable: 'Dimensions and sub-dimensions',
    dimension: 'Dimension / sub-dimension',
    strengthsAndWeaknesses: 'Strengths and weaknesses',
    strengthsRule:
      'Strengths: the characteristics with the highest current medians, at least level 3 (implemented); weaknesses: the lowest, at most level 2 (partially implemented). At most five of each; among equal medians, the better-agreed first.',
    strengths: 'Strengths',
    weaknesses: 'Weaknesses',
    none: 'None.',
    standout: (characteristic, median, agreement) =>
      agreement === null
        ? `${characteristic}: median ${median}`
        : `${characteristic}: median ${median}; ${Math.round(agreement * 100)}% of respondents within one level of it`,
    divergence: 'Stakeholder divergence',
    divergenceRule:
      'A characteristic is flagged when the medians of two stakeholder groups differ by 2 levels or more: the groups see the city, or its plans, differently (a "key perception difference", ISO/TS 37107 5.1), worth discussing before acting on the result.',
    noDivergence: "No stakeholder divergence: no two groups' medians differ by 2 levels or more.",
    measure: { current: 'current', target: 'in 2 years' },
    divergenceItem: (characteristic, measure, spread, groups) =>
      `${characteristic} (${measure}, ${spread} levels apart): ${groups.map(([g, v]) => `${g} ${v}`).join(', ')}`,
    agreement: 'Agreement between respondents',
    alphaRule:
      "Krippendorff's alpha (ordinal) measures how far respondents agree on the levels, across all characteristics: 1 is perfect agreement, 0 no better than chance. Read it as: α ≥ 0.800 high agreement; 0.667–0.800 moderate; below 0.667 low: the result rests on divergent views and is best confirmed in a facilitated workshop.",
    alphaValue: (measure, alpha, reading) => `${measure}: α = ${alpha} (${reading})`,
    alphaReading: {
      high: 'high agreement',
      moderate: 'moderate agreement',
      low: 'low agreement',
      undefined: 'not defined: fewer than two ratings per characteristic, or no variation',
    },
    priorities: 'Priorities',
    prioritiesRule:
      'Every characteristic with a planned improvement, the largest planned gap first, then the lowest current level. For each: the criteria of the next level, the generic description of that level, the ISO 37106 components that guide it with their recommendations, and the supporting standards.',
    noPriorities: 'No characteristic has a planned improvement.',
    priority: (rank, characteristic) => `Priority ${rank}: ${characteristic}`,
    priorityLevels: (current, target, gap) =>
      `Current ${current} → in 2 years ${target} (gap ${gap})`,
    nextCriteria: (level) => `Criteria of the next level (${level})`,
    typeDescription: (level, type) =>
      `Generic description of level ${level} (characteristics of type ${type})`,
    components: 'ISO 37106 components and recommendations',
    component: (code, name, clause) => `[${code}] ${name} (GB/T 41150—2021 clause ${clause})`,
    seeAbove: (rank) => `Recommendations: see priority ${rank}.`,
    noComponents: 'No ISO 37106 component is linked.',
    supporting: 'Supporting standards (ISO/TS 37107 Annex B)',
    provenance: 'About this report',
    provenanceScoring:
      "ISO/TS 37107 defines the characteristics and the criteria of each level; it does not say how to combine many respondents' ratings. This report applies CityMaturity's published scoring rules (medians, unweighted means, Krippendorff's alpha), described in docs/scoring.md.",
    provenanceModel: (title, designation, translation) =>
      `${title} (${designation}): ${translation}`,
    page: (n, of) => `Page ${n} of ${of}`,
    notRated: '—',
    listSeparator: '; ',
  },
};
