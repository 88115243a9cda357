import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseAssessmentText, scoreAssessment } from '@citymaturity/core';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import type { ReportInput, ReportLanguage } from '../report-input.js';

const run = promisify(execFile);
const examplePath = fileURLToPath(
  new URL('../../../../../examples/example-city.yaml', import.meta.url),
);

/** The report input of the example city (examples/example-city.yaml), scored with the bundled packs. */
export async function exampleReportInput(lang: ReportLanguage): Promise<ReportInput> {
  const packs = await loadBundledPacks();
  const model = indexMaturityModel(packs.mmssc);
  const parsed = parseAssessmentText(await readFile(examplePath, 'utf8'), {
    models: new Map([['mmssc', model]]),
  });
  if (!parsed.ok) throw new Error('the example assessment does not parse');
  const { assessment } = parsed;
  return {
    organisation: {
      nameZh: assessment.city.name,
      nameEn: assessment.city.name_en ?? '',
      country: assessment.city.country ?? 'CN',
      region: assessment.city.region ?? null,
    },
    assessment: {
      title: assessment.title ?? '',
      date: assessment.date,
      method: assessment.method,
      status: 'submitted',
      submittedAt: '2026-11-02',
    },
    score: scoreAssessment(assessment, model, { operatingModel: packs.scom }),
    model,
    operatingModel: packs.scom,
    lang,
    generatedAt: new Date('2026-11-03T08:30:00Z'),
  };
}

/** A draft assessment whose every answer is "don't know": nothing has a median. */
export async function unknownDraftInput(lang: ReportLanguage): Promise<ReportInput> {
  const input = await exampleReportInput(lang);
  const ratings = Object.fromEntries(
    input.model.characteristics.map((c) => [
      c.id,
      { current: 'unknown', target: 'unknown' } as const,
    ]),
  );
  return {
    ...input,
    organisation: { ...input.organisation, region: null },
    assessment: { ...input.assessment, status: 'draft', submittedAt: null },
    score: scoreAssessment(
      {
        respondents: [
          { id: 'a', group: 'residents', ratings },
          { id: 'b', ratings },
        ],
      },
      input.model,
      { operatingModel: input.operatingModel },
    ),
  };
}

/** The text of a PDF as Debian's pdftotext reads it; pages are separated by form feeds. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'citymaturity-report-'));
  try {
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text without white space, so that phrases broken across lines are still found. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
