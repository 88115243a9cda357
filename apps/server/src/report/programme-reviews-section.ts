import {
  ratingLabel,
  ragValues,
  reviewScales,
  riskBandRange,
  riskBands,
  type FactorChange,
  type Rag,
  type ReviewSummary,
  type RiskBand,
  type RiskStatus,
} from '@citymaturity/core';
import { reportColors, type ReportWriter } from './pdf-writer.js';
import type { ReportInput, ReportLanguage } from './report-input.js';

// The report's section on the programme office's key success factor reviews and risks (ISO 37106
// clause 8): the latest review's RAG per factor with its change since the review before, the
// latest self-checks' mean positions, and the active risks by band.

/** What the section shows (loaded by the use case that makes the report). */
export interface ProgrammeReviewsReport {
  /** The latest key success factor review, or null when there is none. */
  latestFactorReview: {
    reviewedOn: string;
    reviewer: string;
    summary: ReviewSummary;
    /** Per factor, the change since the review before (null for the first review). */
    factorChanges: FactorChange[] | null;
  } | null;
  /** The latest procurement and governance self-checks' mean positions, when there are any. */
  selfChecks: { kind: 'procurement' | 'governance'; reviewedOn: string; mean: number | null }[];
  /** Active (open or mitigating) risks, highest score first. */
  activeRisks: {
    title: string;
    score: number;
    likelihood: number;
    impact: number;
    band: RiskBand;
    status: RiskStatus;
    factorIds: string[];
    owner: string;
  }[];
}

const text = {
  zh: {
    heading: '关键成功因素与风险（ISO 37106）',
    latest: (date: string, reviewer: string) =>
      `最近一次关键成功因素评审：${date}，评审人：${reviewer}。`,
    ragRule:
      '因素总体状态：任一条目为红则为红；否则任一条目为黄或未评则为黄；全部条目为绿才为绿；没有条目评分则无状态。',
    noReview: '尚无关键成功因素评审。',
    columns: {
      factor: '关键成功因素',
      rag: '总体',
      red: '红',
      amber: '黄',
      green: '绿',
      unrated: '未评',
      change: '较上次',
    },
    notRated: '未评',
    change: { improved: '改善', worsened: '变差', same: '不变' },
    selfChecks: '自查',
    selfCheck: { procurement: '采购自查', governance: '治理变革自查' },
    mean: (kind: string, date: string, mean: string, max: number) =>
      `${kind}（${date}）：平均位置 ${mean}（1–${String(max)}）`,
    risks: '未关闭的风险（按等级）',
    riskRule: '分值 = 可能性 × 影响；等级：低 1–4，中 5–9，高 10–19，极高 20–25。',
    noRisks: '没有未关闭的风险。',
    band: { low: '低', medium: '中', high: '高', critical: '极高' },
    status: { open: '未处理', mitigating: '应对中', closed: '已关闭' },
    risk: (title: string, score: number, l: number, i: number, status: string) =>
      `${title}：分值 ${String(score)}（${String(l)} × ${String(i)}），${status}`,
    factors: '关键成功因素',
    owner: '负责人',
    separator: '；',
    labelled: (label: string, value: string) => `${label}：${value}`,
    bandHeading: (band: string, from: number, to: number, count: number) =>
      `${band}（${String(from)}–${String(to)}）：${String(count)}`,
  },
  en: {
    heading: 'Key success factors and risks (ISO 37106)',
    latest: (date: string, reviewer: string) =>
      `Latest key success factor review: ${date}, by ${reviewer}.`,
    ragRule:
      "A factor's overall status: red if any statement is red; otherwise amber if any is amber or not rated; green only when every statement is green; none when no statement is rated.",
    noReview: 'No key success factor review yet.',
    columns: {
      factor: 'Key success factor',
      rag: 'Overall',
      red: 'Red',
      amber: 'Amber',
      green: 'Green',
      unrated: 'Not rated',
      change: 'Since last',
    },
    notRated: 'Not rated',
    change: { improved: 'Improved', worsened: 'Worsened', same: 'Same' },
    selfChecks: 'Self-checks',
    selfCheck: { procurement: 'Procurement self-check', governance: 'Governance self-check' },
    mean: (kind: string, date: string, mean: string, max: number) =>
      `${kind} (${date}): mean position ${mean} (1–${String(max)})`,
    risks: 'Active risks by band',
    riskRule:
      'Score = likelihood × impact; bands: low 1–4, medium 5–9, high 10–19, critical 20–25.',
    noRisks: 'No active risks.',
    band: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    status: { open: 'open', mitigating: 'mitigating', closed: 'closed' },
    risk: (title: string, score: number, l: number, i: number, status: string) =>
      `${title}: score ${String(score)} (${String(l)} × ${String(i)}), ${status}`,
    factors: 'Key success factors',
    owner: 'Owner',
    separator: '; ',
    labelled: (label: string, value: string) => `${label}: ${value}`,
    bandHeading: (band: string, from: number, to: number, count: number) =>
      `${band} (${String(from)}–${String(to)}): ${String(count)}`,
  },
} as const;

const ragWord = (rag: Rag | null, lang: ReportLanguage) =>
  rag === null
    ? text[lang].notRated
    : (ratingLabel('key-success-factors', ragValues.indexOf(rag) + 1)?.[lang] ?? rag);

function writeFactorReview(w: ReportWriter, input: ReportInput, data: ProgrammeReviewsReport) {
  const { lang, operatingModel } = input;
  const t = text[lang];
  const review = data.latestFactorReview;
  if (!review) {
    w.paragraph(t.noReview);
    return;
  }
  w.paragraph(t.latest(review.reviewedOn, review.reviewer));
  const changes = new Map((review.factorChanges ?? []).map((c) => [c.factorId, c.change]));
  const names = new Map(
    (operatingModel.key_success_factors ?? []).map((f) => [
      f.id,
      `${String(f.number)}. ${f.name[lang]}`,
    ]),
  );
  const c = t.columns;
  w.table(
    [
      { header: c.factor, width: 165 },
      { header: c.rag, width: 60, align: 'center' },
      { header: c.red, width: 42, align: 'right' },
      { header: c.amber, width: 42, align: 'right' },
      { header: c.green, width: 42, align: 'right' },
      { header: c.unrated, width: 54, align: 'right' },
      { header: c.change, width: 90, align: 'center' },
    ],
    review.summary.factors.map((f) => {
      const change = changes.get(f.factorId);
      return {
        cells: [
          names.get(f.factorId) ?? f.factorId,
          ragWord(f.rag, lang),
          String(f.counts.red),
          String(f.counts.amber),
          String(f.counts.green),
          String(f.counts.unrated),
          change ? t.change[change] : '–',
        ],
        emphasis: f.rag === 'red',
      };
    }),
  );
  w.paragraph(t.ragRule, { size: 9, color: reportColors.muted, gapAfter: 6 });
}

function writeRisks(w: ReportWriter, input: ReportInput, data: ProgrammeReviewsReport) {
  const { lang, operatingModel } = input;
  const t = text[lang];
  w.heading(t.risks, 2, 40);
  w.paragraph(t.riskRule, { size: 9, color: reportColors.muted, gapAfter: 4 });
  if (data.activeRisks.length === 0) {
    w.paragraph(t.noRisks);
    return;
  }
  const names = new Map(
    (operatingModel.key_success_factors ?? []).map((f) => [f.id, f.name[lang]]),
  );
  for (const band of [...riskBands].reverse()) {
    const inBand = data.activeRisks.filter((r) => r.band === band);
    if (inBand.length === 0) continue;
    const { from, to } = riskBandRange(band);
    w.heading(t.bandHeading(t.band[band], from, to, inBand.length), 3, 30);
    for (const risk of inBand) {
      const factors = risk.factorIds.map((id) => names.get(id) ?? id).join(t.separator);
      const details = [
        factors ? t.labelled(t.factors, factors) : '',
        risk.owner ? t.labelled(t.owner, risk.owner) : '',
      ].filter((d) => d !== '');
      w.item(
        [
          t.risk(risk.title, risk.score, risk.likelihood, risk.impact, t.status[risk.status]),
          ...details,
        ].join(t.separator),
        { size: 9 },
      );
    }
  }
}

/**
 * The programme office's key success factors and risks, when the report's reader may see the
 * programme workspace and the organisation has reviews or risks (otherwise nothing is written).
 */
export function writeProgrammeReviews(w: ReportWriter, input: ReportInput): void {
  const data = input.programmeReviews;
  if (!data) return;
  const { lang } = input;
  const t = text[lang];
  w.heading(t.heading, 1, 90);
  writeFactorReview(w, input, data);
  if (data.selfChecks.length > 0) {
    w.heading(t.selfChecks, 2, 30);
    for (const check of data.selfChecks) {
      const { max } = reviewScales[check.kind];
      const mean = check.mean === null ? '–' : check.mean.toFixed(2);
      w.item(t.mean(t.selfCheck[check.kind], check.reviewedOn, mean, max));
    }
  }
  writeRisks(w, input, data);
}
