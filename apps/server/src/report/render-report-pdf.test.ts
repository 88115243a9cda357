import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from './render-report-pdf.js';
import {
  exampleReportInput,
  pdfText,
  squeeze,
  unknownDraftInput,
} from './test-support/example-report.js';

/** The example report must stay under this size: the fonts are subset to the glyphs used. */
const maximumBytes = 400 * 1024;

const reports: Record<'zh' | 'en', { pdf: Buffer; text: string; pages: number }> = {
  zh: { pdf: Buffer.alloc(0), text: '', pages: 0 },
  en: { pdf: Buffer.alloc(0), text: '', pages: 0 },
};

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const pdf = await renderReportPdf(await exampleReportInput(lang));
    const text = await pdfText(pdf);
    reports[lang] = { pdf, text, pages: text.split('\f').filter((p) => p.trim()).length };
  }
});

describe('renderReportPdf: the example city in Chinese', () => {
  it('is a PDF', () => {
    expect([
      reports.zh.pdf.subarray(0, 5).toString('latin1'),
      reports.zh.pdf.subarray(-6).toString('latin1').trim(),
    ]).toEqual(['%PDF-', '%%EOF']);
  });

  it('names the city in Chinese with its English name', () => {
    expect([reports.zh.text.includes('示例市'), reports.zh.text.includes('Example City')]).toEqual([
      true,
      true,
    ]);
  });

  it('shows characteristic names in Chinese', () => {
    expect(squeeze(reports.zh.text)).toContain('以目标为导向的城市愿景和战略');
  });

  it('gives the next-level criteria of the first priority in Chinese', () => {
    expect(squeeze(reports.zh.text)).toContain('城市管理者明确了的社会、经济和环境成果');
  });

  it('renders the Chinese chart text with the embedded font (matrix levels and legend)', () => {
    const text = squeeze(reports.zh.text);
    expect([
      text.includes('5持续优化'),
      text.includes('现已达到'),
      text.includes('规划2年内达到'),
    ]).toEqual([true, true, true]);
  });

  it('numbers its pages "第 n 页，共 m 页"', () => {
    expect(reports.zh.text).toContain(`第 ${reports.zh.pages} 页，共 ${reports.zh.pages} 页`);
  });

  it("closes with the provenance of the wording: the English is not ISO's text", () => {
    expect(squeeze(reports.zh.text)).toContain('并非ISO出版的英文原文');
  });
});

describe('renderReportPdf: the example city in English', () => {
  it('names the city in English with its Chinese name', () => {
    expect([reports.en.text.includes('Example City'), reports.en.text.includes('示例市')]).toEqual([
      true,
      true,
    ]);
  });

  it('shows characteristic names in English', () => {
    expect(reports.en.text).toContain('Goal-oriented city vision and strategy');
  });

  it('gives the next-level criteria of the first priority in English', () => {
    expect(reports.en.text.replace(/\s+/g, ' ')).toContain(
      'City leaders have defined social, economic and environmental outcomes',
    );
  });

  it('states the evidence method with its rank of confidence', () => {
    expect(reports.en.text.replace(/\s+/g, ' ')).toContain(
      'Multiple stakeholder views rank 2 of 5 on the scale of rising cost and confidence',
    );
  });

  it('explains how a roll-up is computed', () => {
    expect(reports.en.text.replace(/\s+/g, ' ')).toContain(
      'A roll-up is the mean of the characteristic medians it contains, to one decimal, with no weights',
    );
  });

  it('gives the agreement with how to read it', () => {
    expect(reports.en.text).toContain('current: α = 0.431 (low agreement)');
  });

  it('numbers its pages "Page n of m"', () => {
    expect(reports.en.text).toContain(`Page ${reports.en.pages} of ${reports.en.pages}`);
  });

  it("says the English is CityMaturity's translation, not ISO's text", () => {
    expect(reports.en.text.replace(/\s+/g, ' ')).toContain(
      "The English is CityMaturity's faithful rendering of the Chinese, not ISO's published English text.",
    );
  });
});

describe('renderReportPdf: size and length', () => {
  it('has between 12 and 40 pages in either language', () => {
    expect([reports.zh.pages, reports.en.pages].every((n) => n >= 12 && n <= 40)).toBe(true);
  });

  it(`stays under ${maximumBytes / 1024} KB in either language`, () => {
    expect(Math.max(reports.zh.pdf.length, reports.en.pdf.length)).toBeLessThan(maximumBytes);
  });

  it('embeds subsets of Noto Sans SC, regular and bold', () => {
    const pdf = reports.zh.pdf.toString('latin1');
    expect([
      /\/[A-Z]{6}\+NotoSansSC-Regular/.test(pdf),
      /\/[A-Z]{6}\+NotoSansSC-Bold/.test(pdf),
    ]).toEqual([true, true]);
  });
});

describe('renderReportPdf: a draft where every answer is "don\'t know"', () => {
  it('renders in Chinese, marked as a draft, with no priorities', async () => {
    const text = squeeze(await pdfText(await renderReportPdf(await unknownDraftInput('zh'))));
    expect([text.includes('草稿（尚未提交）'), text.includes('没有规划提升的特征。')]).toEqual([
      true,
      true,
    ]);
  });

  it('renders in English, saying that no characteristic has a median', async () => {
    const text = (await pdfText(await renderReportPdf(await unknownDraftInput('en')))).replace(
      /\s+/g,
      ' ',
    );
    expect([
      text.includes('Draft (not yet submitted)'),
      text.includes('32 characteristics have no median'),
      text.includes('not defined: fewer than two ratings per characteristic'),
    ]).toEqual([true, true, true]);
  });
});
