import { describe, expect, it } from 'vitest';
import { attachmentName, reportPdfPath } from './pdf-file.js';

describe('reportPdfPath', () => {
  it('asks for the report in the given language', () => {
    expect(reportPdfPath('o1', 'a1', 'en')).toBe(
      '/api/v1/organisations/o1/assessments/a1/report.pdf?lang=en',
    );
  });
});

describe('attachmentName', () => {
  it('reads the file name of a content-disposition header', () => {
    expect(
      attachmentName('attachment; filename="citymaturity-report-2026-10-15-zh.pdf"', 'x.pdf'),
    ).toBe('citymaturity-report-2026-10-15-zh.pdf');
  });

  it('falls back when there is no header or no file name', () => {
    expect([attachmentName(null, 'x.pdf'), attachmentName('attachment', 'y.pdf')]).toEqual([
      'x.pdf',
      'y.pdf',
    ]);
  });
});
