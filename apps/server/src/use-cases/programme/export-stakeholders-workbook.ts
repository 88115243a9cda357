import { minimumEngagement, summariseStakeholders } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { registerExportText } from '../../spreadsheet/programme-register-text.js';
import {
  aboutSheet,
  writeTableWorkbook,
  type TableSheet,
} from '../../spreadsheet/programme-table-workbook.js';
import { auditProgramme, type ChangeOrigin } from './reviews-area-support.js';
import { presentStakeholder } from './register-support.js';

/**
 * The stakeholder register (ISO 37106 6.5.2) as an XLSX workbook in zh or en: what the suggested
 * approach and the under-engaged flag mean (About), every stakeholder with its type, influence,
 * interest, suggested approach, engagement and plan, the counts per type of the pack, and the
 * nine cells of the influence × interest grid with their stakeholders. Every level, approach and
 * flag is written in words. The download is recorded in the audit log
 * (`programme.stakeholders.export`).
 */
export async function exportStakeholdersWorkbook(
  ctx: AppContext,
  origin: ChangeOrigin,
  lang: 'zh' | 'en',
): Promise<Buffer> {
  const { caller } = origin;
  const t = registerExportText[lang];
  const c = t.columns;
  const db = ctx.database.db;
  const [organisation, rows] = await Promise.all([
    repositories.getOrganisation(db, caller.scope),
    repositories.listStakeholders(db, caller.scope),
  ]);
  if (!organisation) throw notFound();
  const stakeholders = rows.map(presentStakeholder);
  const summary = summariseStakeholders(ctx.operatingModel, rows);
  const types = ctx.operatingModel.stakeholder_types ?? [];
  const typeName = (id: string) => types.find((type) => type.id === id)?.name[lang] ?? id;
  const level = (value: number) =>
    value === 1 || value === 2 || value === 3 ? t.levels[value] : String(value);
  const nameOf = new Map(stakeholders.map((s) => [s.id, s.name]));
  const generatedAt = new Date();

  const about = aboutSheet(
    { sheet: t.sheets.about, ...t.about },
    lang === 'zh' ? organisation.nameZh : organisation.nameEn,
    generatedAt,
    [
      [t.about.stakeholders, summary.total],
      [t.about.underEngaged, summary.underEngaged.length],
      ['', t.about.strategyRule],
      ['', t.about.minimumRule],
    ],
  );
  const register: TableSheet = {
    name: t.sheets.register,
    columns: [
      { header: c.name, width: 28 },
      { header: c.type, width: 14 },
      { header: c.affiliation, width: 24 },
      { header: c.influence, width: 10 },
      { header: c.interest, width: 10 },
      { header: c.approach, width: 16 },
      { header: c.engagement, width: 12 },
      { header: c.minimum, width: 14 },
      { header: c.underEngaged, width: 14 },
      { header: c.plan, width: 50 },
      { header: c.contact, width: 24 },
      { header: c.principles, width: 12, kind: 'integer' },
      { header: c.updatedAt, width: 22 },
      { header: c.updatedBy, width: 18 },
    ],
    rows: stakeholders.map((s) => [
      s.name,
      typeName(s.typeId),
      s.affiliation,
      level(s.influence),
      level(s.interest),
      t.strategies[s.strategy],
      t.engagement[s.engagementLevel],
      t.engagement[minimumEngagement[s.strategy]],
      s.underEngaged ? t.yes : t.no,
      s.engagementPlan,
      s.contact,
      s.principleAgreements,
      s.updatedAt,
      s.updatedBy?.displayName ?? '',
    ]),
  };
  const byType: TableSheet = {
    name: t.sheets.types,
    columns: [
      { header: c.type, width: 16 },
      { header: c.description, width: 70 },
      { header: c.count, width: 10, kind: 'integer' },
      { header: c.stakeholders, width: 50 },
    ],
    rows: summary.byType.map(({ typeId, count }) => [
      typeName(typeId),
      types.find((type) => type.id === typeId)?.description[lang] ?? '',
      count,
      stakeholders
        .filter((s) => s.typeId === typeId)
        .map((s) => s.name)
        .join('; '),
    ]),
  };
  const grid: TableSheet = {
    name: t.sheets.grid,
    columns: [
      { header: c.influence, width: 10 },
      { header: c.interest, width: 10 },
      { header: c.approach, width: 16 },
      { header: c.minimum, width: 14 },
      { header: c.count, width: 10, kind: 'integer' },
      { header: c.stakeholders, width: 60 },
    ],
    rows: summary.grid.map((cell) => [
      level(cell.influence),
      level(cell.interest),
      t.strategies[cell.strategy],
      t.engagement[minimumEngagement[cell.strategy]],
      cell.count,
      cell.stakeholderIds.map((id) => nameOf.get(id) ?? id).join('; '),
    ]),
  };
  const content = await writeTableWorkbook([about, register, byType, grid], {
    title: t.title,
    lang,
    generatedAt,
  });
  await auditProgramme(db, origin, 'programme.stakeholders.export', {
    type: 'organisation',
    id: caller.scope.organisationId,
    details: { lang, stakeholders: summary.total },
  });
  return content;
}
