import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeRoadmapReport } from './programme-roadmap-section.js';
import { renderReportPdf } from './render-report-pdf.js';
import { exampleReportInput, pdfText, squeeze } from './test-support/example-report.js';

/** Two phases with initiatives, the roadmap against the assessment and three KPIs. */
const sectionData: ProgrammeRoadmapReport = {
  phases: [
    {
      id: 'initiation',
      name: { zh: '起始', en: 'Initiation' },
      initiatives: [
        {
          title: 'Open data portal',
          startsOn: '2026-02-01',
          endsOn: '2026-06-30',
          owner: 'CIO',
          budget: '250000.50',
          currency: 'CNY',
          quickWin: true,
          lifts: [{ characteristicId: '1.1.1', targetLevel: 3 }],
        },
      ],
    },
    {
      id: 'implementation',
      name: { zh: '实施', en: 'Implementation' },
      initiatives: [
        {
          title: 'Integrated operations centre',
          startsOn: '2026-07-01',
          endsOn: '2029-06-30',
          owner: "Mayor's office",
          budget: null,
          currency: 'CNY',
          quickWin: false,
          lifts: [
            { characteristicId: '2.1.1', targetLevel: 4 },
            { characteristicId: '2.1.2', targetLevel: 3 },
          ],
        },
      ],
    },
  ],
  budgets: [{ currency: 'CNY', total: '250000.50', initiatives: 1 }],
  comparison: {
    horizon: '2028-11-01',
    counts: {
      matches: 2,
      'roadmap-below-target': 1,
      'roadmap-above-target': 0,
      'not-on-roadmap': 5,
      'roadmap-only': 0,
      'not-planned': 24,
    },
    beyondHorizon: 1,
  },
  kpis: [
    {
      name: 'Renewable energy share',
      unit: '%',
      direction: 'increase',
      status: 'off-track',
      latest: { on: '2027-01-01', value: 27.5 },
      expected: 30,
      target: { on: '2029-01-01', value: 50 },
    },
    {
      name: 'Broadband households',
      unit: '%',
      direction: 'increase',
      status: 'no-data',
      latest: null,
      expected: null,
      target: { on: '2028-01-01', value: 95 },
    },
  ],
};

const texts: Record<'zh' | 'en', string> = { zh: '', en: '' };
let without = '';

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const input = { ...(await exampleReportInput(lang)), programmeRoadmap: sectionData };
    texts[lang] = (await pdfText(await renderReportPdf(input))).replace(/\s+/g, ' ');
  }
  without = await pdfText(await renderReportPdf(await exampleReportInput('en')));
});

describe('the report section on the roadmap and benefits', () => {
  it('has its heading', () => {
    expect(texts.en).toContain('Roadmap and benefits realisation (ISO 37106)');
  });

  it('compares the roadmap with the assessment and flags initiatives beyond the horizon', () => {
    expect(texts.en).toContain(
      "Against this assessment's levels planned in two years (horizon 2028-11-01): Matches 2; Roadmap below target 1; Not on the roadmap 5.",
    );
    expect(texts.en).toContain('1 initiative ends after the two-year horizon.');
  });

  it('lists the initiatives by phase with dates, owner, budget and the characteristics lifted', () => {
    const initiation = texts.en.indexOf('Initiation');
    const implementation = texts.en.indexOf('Implementation', initiation);
    expect(initiation).toBeGreaterThan(-1);
    expect(implementation).toBeGreaterThan(initiation);
    expect(texts.en).toContain('Open data portal (quick win)');
    expect(texts.en).toContain('2026-02-01 –');
    expect(texts.en).toContain('2029-06-30');
    expect(texts.en).toContain('250,000.50 CNY');
    expect(texts.en).toContain('2.1.1 → 4, 2.1.2 → 3');
  });

  it('totals the budget per currency', () => {
    expect(texts.en).toContain('Budget in total: 250,000.50 CNY');
  });

  it('gives each KPI its latest value, expected value, target and status', () => {
    expect(texts.en).toContain('Key performance indicators');
    expect(texts.en).toContain('Renewable energy share');
    expect(texts.en).toContain('Higher is better');
    expect(texts.en).toContain('27.5 % (2027-01-01)');
    expect(texts.en).toContain('50 % (2029-01-01)');
    expect(texts.en).toContain('95 % (2028-01-01)');
    expect(texts.en).toContain('Off track');
    expect(texts.en).toContain('No data yet');
  });

  it('states the status rule in words', () => {
    expect(texts.en).toContain('more than 5 % of the change planned over that stretch');
  });

  it('is written in Chinese', () => {
    const zh = squeeze(texts.zh);
    expect(zh).toContain('智慧城市蓝图与利益实现（ISO37106）');
    expect(zh).toContain('起始');
    expect(zh).toContain('偏离轨道');
    expect(zh).toContain('预算合计：250,000.50CNY');
  });

  it('is left out when the report has no roadmap data', () => {
    expect(without).not.toContain('Roadmap and benefits realisation');
  });
});
