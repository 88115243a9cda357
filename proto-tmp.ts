import { readFileSync, writeFileSync } from 'node:fs';
import { loadBundledPacks, indexMaturityModel } from '@citymaturity/model';
import { parseAssessmentText, scoreAssessment } from '@citymaturity/core';
import { renderReportPdf } from './apps/server/src/report/render-report-pdf.js';
const packs = await loadBundledPacks();
const model = indexMaturityModel(packs.mmssc);
const r = parseAssessmentText(readFileSync('examples/example-city.yaml','utf8'), { models: new Map([['mmssc', model]]) });
if (!r.ok) throw new Error();
const score = scoreAssessment(r.assessment, model, { operatingModel: packs.scom });
for (const lang of ['zh', 'en', 'zh', 'en'] as const) {
  const t0 = performance.now();
  const pdf = await renderReportPdf({
    organisation: { nameZh: '示例市', nameEn: 'Example City', country: 'CN', region: '示例省' },
    assessment: { title: r.assessment.title ?? '', date: '2026-11-01', method: 'multi-stakeholder', status: 'submitted', submittedAt: '2026-11-02' },
    score, model, operatingModel: packs.scom, lang, generatedAt: new Date('2026-11-03T08:30:00Z'),
  });
  console.log(lang, Math.round(performance.now() - t0), 'ms', pdf.length, 'bytes');
  writeFileSync(`/tmp/cm/report-${lang}.pdf`, pdf);
}
