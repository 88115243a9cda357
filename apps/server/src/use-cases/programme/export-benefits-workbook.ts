import { plannedPoints } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { programmeExportText } from '../../spreadsheet/programme-export-text.js';
import {
  aboutSheet,
  writeTableWorkbook,
  type TableSheet,
} from '../../spreadsheet/programme-table-workbook.js';
import { nodeDisplayLabel } from './benefit-map-support.js';
import { kpiPlan, presentKpi } from './kpi-support.js';
import { auditRoadmapChange, type RoadmapChangeOrigin } from './roadmap-support.js';

type Lang = 'zh' | 'en';

/**
 * The benefits realisation plan as an XLSX workbook in zh or en: what the statuses mean (About),
 * the KPIs with baseline, criterion, trajectory, latest actual and status; every planned point
 * and every actual value one per row; the benefit map's nodes and arrows as tables. The download
 * is recorded in the audit log (`programme.benefits.export`).
 */
export async function exportBenefitsWorkbook(
  ctx: AppContext,
  origin: RoadmapChangeOrigin,
  lang: Lang,
): Promise<Buffer> {
  const { caller } = origin;
  const t = programmeExportText[lang];
  const c = t.columns;
  const db = ctx.database.db;
  const [organisation, kpis, actuals, nodes, links] = await Promise.all([
    repositories.getOrganisation(db, caller.scope),
    repositories.listKpis(db, caller.scope),
    repositories.listKpiActuals(db, caller.scope),
    repositories.listBenefitNodes(db, caller.scope),
    repositories.listBenefitLinks(db, caller.scope),
  ]);
  if (!organisation) throw notFound();
  const purposes = ctx.operatingModel.purposes ?? [];
  const label = (nodeId: string | null) => {
    const node = nodes.find((n) => n.id === nodeId);
    return node ? nodeDisplayLabel(node, lang, purposes) : '';
  };
  const kindOf = (nodeId: string) => {
    const kind = nodes.find((n) => n.id === nodeId)?.kind;
    return kind ? t.nodeKinds[kind] : '';
  };
  const kpiName = new Map(kpis.map((k) => [k.id, k.name]));
  const generatedAt = new Date();

  const about = aboutSheet(
    { sheet: t.sheets.about, ...t.about },
    lang === 'zh' ? organisation.nameZh : organisation.nameEn,
    generatedAt,
    [['', t.about.kpiRule]],
  );
  const presented = kpis.map((k) => presentKpi(k, actuals));
  const kpiSheet: TableSheet = {
    name: t.sheets.kpis,
    columns: [
      { header: c.kpi, width: 34 },
      { header: c.unit, width: 10 },
      { header: c.indicator, width: 16 },
      { header: c.direction, width: 14 },
      { header: c.baselineValue, width: 12, kind: 'number' },
      { header: c.baselineOn, width: 12, kind: 'date' },
      { header: c.criterion, width: 40 },
      { header: t.sheets.trajectory, width: 40 },
      { header: c.owner, width: 20 },
      { header: c.outcome, width: 30 },
      { header: c.status, width: 14 },
      { header: c.latestOn, width: 14, kind: 'date' },
      { header: c.latestValue, width: 14, kind: 'number' },
      { header: c.expected, width: 14, kind: 'number' },
    ],
    rows: presented.map((k) => [
      k.name,
      k.unit,
      k.indicator ? `${t.schemes[k.indicator.scheme]} ${k.indicator.code}` : '',
      t.directions[k.direction],
      k.baseline?.value ?? null,
      k.baseline?.on ?? null,
      k.successCriterion,
      k.trajectory.map((m) => `${m.on}: ${String(m.value)}`).join('; '),
      k.owner,
      label(k.benefitNodeId),
      t.kpiStatus[k.status.status],
      k.status.latest?.on ?? null,
      k.status.latest?.value ?? null,
      k.status.expected,
    ]),
  };
  const trajectorySheet: TableSheet = {
    name: t.sheets.trajectory,
    columns: [
      { header: c.kpi, width: 34 },
      { header: c.date, width: 12, kind: 'date' },
      { header: c.value, width: 14, kind: 'number' },
      { header: c.milestone, width: 14 },
    ],
    rows: kpis.flatMap((k) => {
      const plan = kpiPlan(k);
      return plannedPoints(plan).map((p) => [
        k.name,
        p.on,
        p.value,
        p === plan.baseline ? t.baseline : t.columns.milestone,
      ]);
    }),
  };
  const actualSheet: TableSheet = {
    name: t.sheets.actuals,
    columns: [
      { header: c.kpi, width: 34 },
      { header: c.date, width: 12, kind: 'date' },
      { header: c.value, width: 14, kind: 'number' },
      { header: c.note, width: 50 },
    ],
    rows: actuals.map((a) => [kpiName.get(a.kpiId) ?? a.kpiId, a.observedOn, a.value, a.note]),
  };
  const nodeSheet: TableSheet = {
    name: t.sheets.nodes,
    columns: [
      { header: c.id, width: 38 },
      { header: c.kind, width: 12 },
      { header: c.label, width: 36 },
      { header: c.description, width: 48 },
      { header: c.initiative, width: 30 },
      { header: c.purpose, width: 24 },
      { header: c.kpi, width: 36 },
    ],
    rows: nodes.map((n) => [
      n.id,
      t.nodeKinds[n.kind],
      label(n.id),
      n.description,
      n.initiativeTitle ?? '',
      purposes.find((p) => p.id === n.purposeId)?.name[lang] ?? '',
      kpis
        .filter((k) => k.benefitNodeId === n.id)
        .map((k) => k.name)
        .join('; '),
    ]),
  };
  const linkSheet: TableSheet = {
    name: t.sheets.links,
    columns: [
      { header: c.from, width: 36 },
      { header: `${c.from}: ${c.kind}`, width: 12 },
      { header: c.to, width: 36 },
      { header: `${c.to}: ${c.kind}`, width: 12 },
      { header: `${c.from}: ${c.id}`, width: 38 },
      { header: `${c.to}: ${c.id}`, width: 38 },
    ],
    rows: links.map((l) => [
      label(l.fromNodeId),
      kindOf(l.fromNodeId),
      label(l.toNodeId),
      kindOf(l.toNodeId),
      l.fromNodeId,
      l.toNodeId,
    ]),
  };
  const content = await writeTableWorkbook(
    [about, kpiSheet, trajectorySheet, actualSheet, nodeSheet, linkSheet],
    { title: t.benefitsTitle, lang, generatedAt },
  );
  await auditRoadmapChange(db, origin, 'programme.benefits.export', {
    type: 'organisation',
    id: caller.scope.organisationId,
    details: { lang, kpis: kpis.length, nodes: nodes.length },
  });
  return content;
}
