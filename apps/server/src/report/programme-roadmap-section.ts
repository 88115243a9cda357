import type {
  BudgetTotal,
  KpiDirection,
  KpiPoint,
  KpiStatus,
  RoadmapComparisonStatus,
} from '@citymaturity/core';
import { roadmapComparisonStatuses } from '@citymaturity/core';
import type { LocalizedText } from '@citymaturity/model';
import { programmeExportText } from '../spreadsheet/programme-export-text.js';
import { reportColors, type ReportWriter, type TableRow } from './pdf-writer.js';
import type { ReportInput, ReportLanguage } from './report-input.js';

// The report's section on the programme office's roadmap and benefits realisation (ISO 37106
// 6.9.2 table 6 and clause 7): the initiatives by phase, the roadmap against this assessment's
// two-year targets, and the KPIs' status.

/** What the section shows (loaded by the use case that makes the report). */
export interface ProgrammeRoadmapReport {
  /** The pack's phases that have initiatives, in order, each with its initiatives by start date. */
  phases: {
    id: string;
    name: LocalizedText;
    initiatives: {
      title: string;
      startsOn: string;
      endsOn: string;
      owner: string;
      budget: string | null;
      currency: string;
      quickWin: boolean;
      lifts: { characteristicId: string; targetLevel: number }[];
    }[];
  }[];
  /** The programme's budget per currency. */
  budgets: BudgetTotal[];
  /** The roadmap against this assessment (null when it lifts nothing and plans nothing). */
  comparison: {
    horizon: string | null;
    counts: Record<RoadmapComparisonStatus, number>;
    beyondHorizon: number;
  } | null;
  /** The KPIs by name. */
  kpis: {
    name: string;
    unit: string;
    direction: KpiDirection;
    status: KpiStatus;
    latest: KpiPoint | null;
    expected: number | null;
    target: KpiPoint | null;
  }[];
}

const text = {
  zh: {
    heading: '智慧城市蓝图与利益实现（ISO 37106）',
    roadmap: '蓝图举措（按阶段）',
    noInitiatives: '蓝图中还没有举措。',
    comparison: (counts: string, horizon: string) =>
      `与本评估“规划2年后的水平”比较（2年期限：${horizon}）：${counts}。`,
    beyond: (n: number) => `${String(n)} 项举措在2年期限之后结束。`,
    comparisonRule:
      '蓝图水平是提升该特征的举措所瞄准的最高水平；评估计划提升而没有举措的特征为“不在蓝图中”。',
    columns: {
      initiative: '举措',
      dates: '起止日期',
      owner: '负责人',
      budget: '预算',
      lifts: '提升的特征',
    },
    quickWin: '（快速成效）',
    budgets: (totals: string) => `预算合计：${totals}`,
    kpis: '关键绩效指标',
    noKpis: '还没有关键绩效指标。',
    kpiColumns: {
      kpi: '指标',
      latest: '最新实际值',
      expected: '预期值',
      target: '目标',
      status: '状态',
    },
    kpiRule:
      '状态：最新实际值与轨迹在该日期的预期值比较（基线与里程碑之间按天线性插值）；比预期差超过该段计划变化量的5%为“偏离轨道”。',
    separator: '；',
    none: '—',
  },
  en: {
    heading: 'Roadmap and benefits realisation (ISO 37106)',
    roadmap: 'Roadmap initiatives by phase',
    noInitiatives: 'The roadmap has no initiatives yet.',
    comparison: (counts: string, horizon: string) =>
      `Against this assessment's levels planned in two years (horizon ${horizon}): ${counts}.`,
    beyond: (n: number) =>
      n === 1
        ? '1 initiative ends after the two-year horizon.'
        : `${String(n)} initiatives end after the two-year horizon.`,
    comparisonRule:
      "The roadmap level is the highest level the initiatives lifting a characteristic aim for; a rise the assessment plans with no initiative is 'not on the roadmap'.",
    columns: {
      initiative: 'Initiative',
      dates: 'Dates',
      owner: 'Owner',
      budget: 'Budget',
      lifts: 'Characteristics lifted',
    },
    quickWin: ' (quick win)',
    budgets: (totals: string) => `Budget in total: ${totals}`,
    kpis: 'Key performance indicators',
    noKpis: 'There are no KPIs yet.',
    kpiColumns: {
      kpi: 'KPI',
      latest: 'Latest actual',
      expected: 'Expected',
      target: 'Target',
      status: 'Status',
    },
    kpiRule:
      "Status: the latest actual against the value the trajectory expects on its date (linear by days between the baseline and the milestones); worse than expected by more than 5 % of the change planned over that stretch is 'off track'.",
    separator: '; ',
    none: '—',
  },
} as const;

/** A number as the section prints it: up to four decimals, grouped digits. */
function figure(value: number, lang: ReportLanguage): string {
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 4 });
}

function money(total: string, currency: string, lang: ReportLanguage): string {
  const [whole = '0', cents = '00'] = total.split('.');
  const grouped = BigInt(whole).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return `${grouped}.${cents} ${currency}`;
}

function writeRoadmap(w: ReportWriter, data: ProgrammeRoadmapReport, lang: ReportLanguage): void {
  const t = text[lang];
  const labels = programmeExportText[lang];
  w.heading(t.roadmap, 2, 60);
  if (data.comparison) {
    const { counts, horizon, beyondHorizon } = data.comparison;
    const parts = roadmapComparisonStatuses
      .filter((s) => s !== 'not-planned' && counts[s] > 0)
      .map((s) => `${labels.comparisonStatus[s]} ${String(counts[s])}`);
    w.paragraph(t.comparison(parts.join(t.separator) || t.none, horizon ?? t.none));
    if (beyondHorizon > 0) w.paragraph(t.beyond(beyondHorizon), { color: reportColors.draft });
    w.paragraph(t.comparisonRule, { size: 9, color: reportColors.muted, gapAfter: 6 });
  }
  if (data.phases.length === 0) {
    w.paragraph(t.noInitiatives);
    return;
  }
  const width = w.width;
  for (const phase of data.phases) {
    w.heading(phase.name[lang], 3, 40);
    const rows: TableRow[] = phase.initiatives.map((i) => ({
      cells: [
        `${i.title}${i.quickWin ? t.quickWin : ''}`,
        `${i.startsOn} – ${i.endsOn}`,
        i.owner,
        i.budget === null ? t.none : money(i.budget, i.currency, lang),
        i.lifts.map((l) => `${l.characteristicId} → ${String(l.targetLevel)}`).join(', '),
      ],
    }));
    w.table(
      [
        { header: t.columns.initiative, width: 140 },
        { header: t.columns.dates, width: 72 },
        { header: t.columns.owner, width: 70 },
        { header: t.columns.budget, width: 88, align: 'right' },
        { header: t.columns.lifts, width: width - 370 },
      ],
      rows,
    );
  }
  if (data.budgets.length > 0)
    w.paragraph(
      t.budgets(data.budgets.map((b) => money(b.total, b.currency, lang)).join(t.separator)),
      { bold: true },
    );
}

function writeKpis(w: ReportWriter, data: ProgrammeRoadmapReport, lang: ReportLanguage): void {
  const t = text[lang];
  const labels = programmeExportText[lang];
  w.heading(t.kpis, 2, 60);
  if (data.kpis.length === 0) {
    w.paragraph(t.noKpis);
    return;
  }
  const withUnit = (value: number, unit: string) =>
    unit === '' ? figure(value, lang) : `${figure(value, lang)} ${unit}`;
  const width = w.width;
  w.table(
    [
      { header: t.kpiColumns.kpi, width: Math.round(width * 0.32) },
      { header: t.kpiColumns.latest, width: 100 },
      { header: t.kpiColumns.expected, width: 62, align: 'right' },
      { header: t.kpiColumns.target, width: 100 },
      { header: t.kpiColumns.status, width: width - Math.round(width * 0.32) - 262 },
    ],
    data.kpis.map((k) => ({
      cells: [
        `${k.name}\n${labels.directions[k.direction]}`,
        k.latest ? `${withUnit(k.latest.value, k.unit)} (${k.latest.on})` : t.none,
        k.expected === null ? t.none : figure(k.expected, lang),
        k.target ? `${withUnit(k.target.value, k.unit)} (${k.target.on})` : t.none,
        labels.kpiStatus[k.status],
      ],
      emphasis: k.status === 'off-track',
    })),
  );
  w.paragraph(t.kpiRule, { size: 9, color: reportColors.muted });
}

/**
 * The programme office's roadmap by phase, its comparison with this assessment and the KPIs'
 * status, when the report's input has them (the organisation has initiatives or KPIs and the
 * reader may see the programme workspace); otherwise nothing.
 */
export function writeProgrammeRoadmap(w: ReportWriter, input: ReportInput): void {
  const data = input.programmeRoadmap;
  if (!data) return;
  const { lang } = input;
  w.heading(text[lang].heading, 1, 90);
  writeRoadmap(w, data, lang);
  writeKpis(w, data, lang);
}
