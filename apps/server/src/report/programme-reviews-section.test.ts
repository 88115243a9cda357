import { reviewHistory } from '@citymaturity/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeReviewsReport } from './programme-reviews-section.js';
import { renderReportPdf } from './render-report-pdf.js';
import { exampleReportInput, pdfText, squeeze } from './test-support/example-report.js';

/** Two key success factor reviews, the latest self-checks and two active risks. */
async function sectionData(): Promise<ProgrammeReviewsReport> {
  const { operatingModel } = await exampleReportInput('en');
  const history = reviewHistory(operatingModel, 'key-success-factors', [
    { id: 'r1', reviewedOn: '2026-03-31', ratings: [{ itemId: 'ksf-2a-1', rating: 1 }] },
    {
      id: 'r2',
      reviewedOn: '2026-06-30',
      ratings: [
        { itemId: 'ksf-2a-1', rating: 3 },
        { itemId: 'ksf-2b-1', rating: 3 },
        { itemId: 'ksf-2b-2', rating: 3 },
        { itemId: 'ksf-2c-1', rating: 3 },
        { itemId: 'ksf-2c-2', rating: 3 },
        { itemId: 'ksf-6a-1', rating: 1 },
      ],
    },
  ]);
  const latest = history.reviews[1];
  if (!latest) throw new Error('no review');
  return {
    latestFactorReview: {
      reviewedOn: latest.reviewedOn,
      reviewer: 'Programme board',
      summary: latest.summary,
      factorChanges: latest.changes?.factors ?? null,
    },
    selfChecks: [{ kind: 'procurement', reviewedOn: '2026-04-01', mean: 2.75 }],
    activeRisks: [
      {
        title: 'Vendor lock-in',
        score: 20,
        likelihood: 4,
        impact: 5,
        band: 'critical',
        status: 'open',
        factorIds: ['ksf-6'],
        owner: 'CIO',
      },
      {
        title: 'Skills gap',
        score: 6,
        likelihood: 2,
        impact: 3,
        band: 'medium',
        status: 'mitigating',
        factorIds: [],
        owner: '',
      },
    ],
  };
}

const texts: Record<'zh' | 'en', string> = { zh: '', en: '' };
let without = '';

beforeAll(async () => {
  const data = await sectionData();
  for (const lang of ['zh', 'en'] as const) {
    const input = { ...(await exampleReportInput(lang)), programmeReviews: data };
    texts[lang] = (await pdfText(await renderReportPdf(input))).replace(/\s+/g, ' ');
  }
  without = await pdfText(await renderReportPdf(await exampleReportInput('en')));
});

describe('the report section on key success factors and risks', () => {
  it('gives the latest review with the RAG of each factor and its change', () => {
    expect(texts.en).toContain('Key success factors and risks (ISO 37106)');
    expect(texts.en).toContain('Latest key success factor review: 2026-06-30, by Programme board.');
    expect(texts.en).toMatch(/2\. Leadership Green 0 0 5 0 Improved/);
    // The red factor's row is shaded: its cells come out of the PDF in another order.
    expect(texts.en).toContain('6. Supplier partnership');
    expect(texts.en).toContain('Red 1 0 0 2');
  });

  it('states the RAG rule in words', () => {
    expect(texts.en).toContain('red if any statement is red');
  });

  it('gives the latest self-check mean position', () => {
    expect(texts.en).toContain('Procurement self-check (2026-04-01): mean position 2.75 (1–5)');
  });

  it('lists the active risks by band, highest first, with their factors', () => {
    const critical = texts.en.indexOf('Critical (20–25): 1');
    const medium = texts.en.indexOf('Medium (5–9): 1');
    expect(critical).toBeGreaterThan(-1);
    expect(medium).toBeGreaterThan(critical);
    expect(texts.en).toContain(
      'Vendor lock-in: score 20 (4 × 5), open; Key success factors: Supplier partnership; Owner: CIO',
    );
  });

  it('is written in Chinese', () => {
    const zh = squeeze(texts.zh);
    expect(zh).toContain('关键成功因素与风险（ISO37106）');
    expect(zh).toContain('极高（20–25）：1');
    expect(zh).toContain('关键成功因素：供应商合作；负责人：CIO');
    expect(zh).toContain('最近一次关键成功因素评审：2026-06-30');
  });

  it('is left out when the report has no programme data', () => {
    expect(without).not.toContain('Key success factors and risks');
  });
});
