import type { ModelIndex, TextLanguage } from '@citymaturity/model';

/** The fixed wording of the charts, in one language. */
export interface ChartText {
  /** Series name of the current level. */
  current: string;
  /** Series name of the level planned in two years. */
  target: string;
  /** Series name of the planned rise (target above current) in the gap chart. */
  plannedRise: string;
  /** Series name of a planned decline (target below current) in the gap chart. */
  plannedDecline: string;
  /** Name of the level axis. */
  level: string;
  /** Shown for a characteristic or sub-dimension without a median. */
  notRated: string;
  /** Labels of the maturity-matrix cell states, symbol first. */
  matrixStates: {
    reached: string;
    planned: string;
    neither: string;
    halfReached: string;
    halfPlanned: string;
    halfReachedRestPlanned: string;
  };
  /** The legend of the maturity matrix, in words (the chart shows it under the matrix). */
  matrixLegend: string;
  /** How half levels appear in the maturity matrix. */
  matrixHalfLevelNote: string;
  /** Accessible descriptions (screen readers) of the charts; `{items}` is replaced by the values. */
  radarDescription: string;
  matrixDescription: string;
  gapDescription: string;
}

/** The wording of the charts in Chinese (`zh`) and English (`en`). */
export const chartText: Readonly<Record<TextLanguage, ChartText>> = {
  zh: {
    current: '现在水平',
    target: '规划2年后的水平',
    plannedRise: '规划提升',
    plannedDecline: '规划下降',
    level: '级别',
    notRated: '未评级',
    matrixStates: {
      reached: '现已达到',
      planned: '规划2年内达到',
      neither: '均未达到',
      halfReached: '现已达到半级',
      halfPlanned: '规划达到半级',
      halfReachedRestPlanned: '现已达到半级，其余规划达到',
    },
    matrixLegend:
      '● 现已达到（≤ 现在水平中位数）　○ 规划2年内达到（≤ 规划水平中位数）　空白：均未达到',
    matrixHalfLevelNote:
      '半格：中位数介于两级之间（如 2.5）。●½ 现已达到半级；○½ 规划达到半级；◐ 现已达到半级，其余半级规划达到。',
    radarDescription:
      '雷达图：17 个子维度的现在水平和规划2年后的水平（特征中位数的平均值）。{items}',
    matrixDescription: '成熟度矩阵：每个特征各级别现已达到、规划2年内达到或均未达到。{items}',
    gapDescription: '差距图：每个特征的现在水平中位数和规划2年后的提升。{items}',
  },
  en: {
    current: 'Current level',
    target: 'Planned in 2 years',
    plannedRise: 'Planned rise',
    plannedDecline: 'Planned decline',
    level: 'Level',
    notRated: 'not rated',
    matrixStates: {
      reached: 'reached now',
      planned: 'planned within 2 years',
      neither: 'neither',
      halfReached: 'half reached now',
      halfPlanned: 'half planned',
      halfReachedRestPlanned: 'half reached now, the rest planned',
    },
    matrixLegend:
      '● reached now (≤ current median)    ○ planned within 2 years (≤ target median)    blank: neither',
    matrixHalfLevelNote:
      'Half cell: the median lies between two levels (e.g. 2.5). ●½ half reached now; ○½ half planned; ◐ half reached now, the other half planned.',
    radarDescription:
      'Radar chart of the 17 sub-dimensions, current and planned in 2 years (mean of the characteristic medians). {items}',
    matrixDescription:
      'Maturity matrix: for each characteristic, the levels reached now, planned within 2 years, or neither. {items}',
    gapDescription:
      'Gap chart: for each characteristic, the current median and the rise planned over 2 years. {items}',
  },
};

/** A median or roll-up as the charts print it: up to one decimal, "2.5", "3". */
export function formatLevel(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "1.1.1 name" of a characteristic in the given language. */
export function characteristicLabel(model: ModelIndex, id: string, lang: TextLanguage): string {
  const indexed = model.characteristicById.get(id);
  if (!indexed) throw new RangeError(`unknown characteristic ${id}`);
  return `${id} ${indexed.characteristic.name[lang]}`;
}

/** "1.1 name" of a sub-dimension in the given language. */
export function subdimensionLabel(model: ModelIndex, id: string, lang: TextLanguage): string {
  const sub = model.subdimensionById.get(id);
  if (!sub) throw new RangeError(`unknown sub-dimension ${id}`);
  return `${id} ${sub.name[lang]}`;
}

/** "3 Implemented" / "3 实现": a level's number and name from the pack. */
export function levelLabel(model: ModelIndex, level: number, lang: TextLanguage): string {
  const found = model.pack.levels.find((l) => l.level === level);
  if (!found) throw new RangeError(`unknown level ${level}`);
  return `${level} ${found.name[lang]}`;
}

/** Wide characters (CJK ideographs, CJK punctuation, full-width forms): two units of width each. */
const wideRange = '\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
const wide = new RegExp(`[${wideRange}]`);
/** A wide character, a word with its trailing spaces, or spaces. */
const tokens = new RegExp(`[${wideRange}]|[^\\s${wideRange}]+\\s*|\\s+`, 'g');

/**
 * Wraps a label onto lines of at most `maxUnits` (a Latin letter is one unit, a Chinese character
 * two): between words in English, between any two characters in Chinese. For charts whose labels
 * ECharts does not wrap itself (radar axis names).
 */
export function wrapLabel(text: string, maxUnits: number): string {
  const lines: string[] = [];
  let line = '';
  let units = 0;
  for (const token of text.match(tokens) ?? []) {
    const isWide = wide.test(token);
    if (units > 0 && units + (isWide ? 2 : token.trimEnd().length) > maxUnits) {
      lines.push(line.trimEnd());
      line = '';
      units = 0;
    }
    line += token;
    units += isWide ? 2 : token.length;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join('\n');
}
