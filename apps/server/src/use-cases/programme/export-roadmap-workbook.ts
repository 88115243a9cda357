import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { programmeExportText } from '../../spreadsheet/programme-export-text.js';
import { writeTableWorkbook, type TableSheet } from '../../spreadsheet/programme-table-workbook.js';
import { getRoadmap } from './get-roadmap.js';
import { auditRoadmapChange, liftedModel, type RoadmapChangeOrigin } from './roadmap-support.js';

type Lang = 'zh' | 'en';

/**
 * The roadmap as an XLSX workbook in zh or en: what it is and how it compares (About), the
 * initiatives with phase, dates, owner, budget, quick win, components and lifts; the lifts one per
 * row; the comparison with the assessment (the latest submitted, or the one requested); the budget
 * per phase and currency. The download is recorded in the audit log (`programme.roadmap.export`).
 */
export async function exportRoadmapWorkbook(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  options: { lang: Lang; assessmentId?: string | undefined },
): Promise<Buffer> {
  const { caller } = origin;
  const { lang } = options;
  const t = programmeExportText[lang];
  const c = t.columns;
  const [roadmap, organisation] = await Promise.all([
    getRoadmap(ctx, caller, options),
    repositories.getOrganisation(ctx.database.db, caller.scope),
  ]);
  if (!organisation) throw notFound();
  const model = liftedModel(ctx);
  const characteristicName = (id: string) =>
    model.characteristicById.get(id)?.characteristic.name[lang] ?? id;
  const phaseName = (id: string) => roadmap.phases.find((p) => p.id === id)?.name[lang] ?? id;
  const yesNo = (flag: boolean) => (flag ? t.yes : t.no);
  const generatedAt = new Date();
  const { assessment, comparison } = roadmap;

  const about: TableSheet = {
    name: t.sheets.about,
    columns: [
      { header: t.about.item, width: 34 },
      { header: t.about.value, width: 90 },
    ],
    rows: [
      [t.about.organisation, lang === 'zh' ? organisation.nameZh : organisation.nameEn],
      [
        t.about.assessment,
        assessment ? `${assessment.title} (${assessment.date})` : t.about.noAssessment,
      ],
      [t.about.horizon, comparison?.horizon ?? ''],
      [t.about.generated, generatedAt.toISOString()],
      ['', t.about.comparisonRule],
    ],
  };
  const initiatives: TableSheet = {
    name: t.sheets.initiatives,
    columns: [
      { header: c.phase, width: 14 },
      { header: c.title, width: 36 },
      { header: c.description, width: 48 },
      { header: c.startsOn, width: 12, kind: 'date' },
      { header: c.endsOn, width: 12, kind: 'date' },
      { header: c.owner, width: 20 },
      { header: c.budget, width: 16, kind: 'money' },
      { header: c.currency, width: 9 },
      { header: c.quickWin, width: 10 },
      { header: c.components, width: 18 },
      { header: c.lifts, width: 40 },
    ],
    rows: roadmap.timeline.phases.flatMap((lane) =>
      lane.rows.map((row) => {
        const i = roadmap.initiatives.find((x) => x.id === row.initiativeId);
        return [
          phaseName(lane.phaseId),
          row.title,
          i?.description ?? '',
          row.startsOn,
          row.endsOn,
          i?.owner ?? '',
          i?.budget ?? null,
          i?.currency ?? '',
          yesNo(row.quickWin),
          (i?.componentCodes ?? []).join(', '),
          (i?.lifts ?? [])
            .map((l) => `${l.characteristicId} → ${String(l.targetLevel)}`)
            .join('; '),
        ];
      }),
    ),
  };
  const lifts: TableSheet = {
    name: t.sheets.lifts,
    columns: [
      { header: c.initiative, width: 36 },
      { header: c.phase, width: 14 },
      { header: c.characteristicId, width: 12 },
      { header: c.characteristic, width: 44 },
      { header: c.targetLevel, width: 12, kind: 'integer' },
      { header: c.endsOn, width: 12, kind: 'date' },
    ],
    rows: roadmap.initiatives.flatMap((i) =>
      i.lifts.map((l) => [
        i.title,
        phaseName(i.phaseId),
        l.characteristicId,
        characteristicName(l.characteristicId),
        l.targetLevel,
        i.endsOn,
      ]),
    ),
  };
  const compared: TableSheet = {
    name: t.sheets.comparison,
    columns: [
      { header: c.characteristicId, width: 12 },
      { header: c.characteristic, width: 44 },
      { header: c.current, width: 12, kind: 'number' },
      { header: c.target, width: 14, kind: 'number' },
      { header: c.roadmapLevel, width: 12, kind: 'number' },
      { header: c.levelByHorizon, width: 14, kind: 'number' },
      { header: c.status, width: 20 },
      { header: c.initiatives, width: 60 },
      { header: c.beyondHorizon, width: 12 },
    ],
    rows: (comparison?.characteristics ?? []).map((row) => [
      row.characteristicId,
      characteristicName(row.characteristicId),
      row.current,
      row.target,
      row.roadmapLevel,
      row.levelByHorizon,
      t.comparisonStatus[row.status],
      row.initiatives.map((i) => `${i.title} (${String(i.targetLevel)}, ${i.endsOn})`).join('; '),
      yesNo(row.initiatives.some((i) => i.beyondHorizon)),
    ]),
  };
  const budgets: TableSheet = {
    name: t.sheets.budgets,
    columns: [
      { header: c.phase, width: 18 },
      { header: c.currency, width: 9 },
      { header: c.total, width: 18, kind: 'money' },
      { header: c.count, width: 12, kind: 'integer' },
    ],
    rows: [
      ...roadmap.timeline.phases.flatMap((lane) =>
        lane.budgets.map((b) => [phaseName(lane.phaseId), b.currency, b.total, b.initiatives]),
      ),
      ...roadmap.timeline.budgets.map((b) => [t.allPhases, b.currency, b.total, b.initiatives]),
    ],
  };
  const content = await writeTableWorkbook([about, initiatives, lifts, compared, budgets], {
    title: t.roadmapTitle,
    lang,
    generatedAt,
  });
  await auditRoadmapChange(ctx.database.db, origin, 'programme.roadmap.export', {
    type: 'organisation',
    id: caller.scope.organisationId,
    details: {
      lang,
      assessmentId: assessment?.id ?? null,
      initiatives: roadmap.initiatives.length,
    },
  });
  return content;
}
