import { repositories } from '@citymaturity/db';
import type { TestServer } from './test-server.js';

/** Groups of the default workshop: two groups of three that see the city very differently, and one group of one. */
export const workshopGroups = {
  'local-government': { respondents: 3, current: 1, target: 2 },
  residents: { respondents: 3, current: 4, target: 5 },
  academia: { respondents: 1, current: 3, target: 4 },
} as const;

export interface WorkshopFixture {
  assessmentId: string;
  respondentIds: string[];
  /** The respondent of the one-person group (academia). */
  loneRespondentId: string;
}

/**
 * A facilitated-workshop assessment created straight in the database: respondents in the groups
 * of {@link workshopGroups}, each rating every characteristic at their group's levels; revealed
 * unless `revealed: false` (the workshop runs only then).
 */
export async function createWorkshopFixture(
  server: TestServer,
  organisationId: string,
  options: { revealed?: boolean; method?: string } = {},
): Promise<WorkshopFixture> {
  const scope = { organisationId };
  const db = server.database.db;
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  const groups = Object.entries(workshopGroups);
  const { assessment, respondent: first } = await repositories.createAssessment(
    db,
    scope,
    {
      title: 'Fixture',
      modelId: 'mmssc',
      modelVersion: model.pack.meta.version,
      method: options.method ?? 'facilitated-workshop',
      assessedOn: '2026-11-20',
      createdBy: null,
    },
    { name: 'Stakeholder 1', userId: null, stakeholderGroup: groups[0]?.[0] ?? null },
  );
  const slots = groups.flatMap(([group, spec]) =>
    Array.from({ length: spec.respondents }, () => ({ group, spec })),
  );
  const respondentIds: string[] = [];
  let loneRespondentId = '';
  for (const [i, { group, spec }] of slots.entries()) {
    let id = first.id;
    if (i > 0) {
      const inserted = await server.database.pool.query<{ id: string }>(
        `insert into respondents (organisation_id, assessment_id, name, stakeholder_group)
         values ($1, $2, $3, $4) returning id`,
        [organisationId, assessment.id, `Stakeholder ${String(i + 1)}`, group],
      );
      id = inserted.rows[0]?.id ?? '';
    }
    respondentIds.push(id);
    if (spec.respondents === 1) loneRespondentId = id;
    await repositories.saveAnswers(
      db,
      scope,
      id,
      model.characteristics.map((c) => ({
        characteristicId: c.id,
        current: spec.current,
        target: spec.target,
      })),
      null,
    );
  }
  if (options.revealed ?? true)
    await server.database.pool.query('update assessments set revealed_at = now() where id = $1', [
      assessment.id,
    ]);
  return { assessmentId: assessment.id, respondentIds, loneRespondentId };
}

/** Adds a note by a respondent to a characteristic, straight in the database. */
export async function addRespondentNote(
  server: TestServer,
  organisationId: string,
  respondentId: string,
  characteristicId: string,
  body: string,
): Promise<void> {
  await repositories.replaceEvidence(
    server.database.db,
    { organisationId },
    respondentId,
    [{ characteristicId, items: [{ kind: 'text', body }] }],
    null,
  );
}

/** Adds a small PDF to the consensus item of a characteristic, straight in the database. */
export async function addConsensusFile(
  server: TestServer,
  organisationId: string,
  assessmentId: string,
  characteristicId: string,
): Promise<string> {
  const inserted = await server.database.pool.query<{ id: string }>(
    `insert into evidence (organisation_id, consensus_assessment_id, characteristic_id, kind, body)
     values ($1, $2, $3, 'file', 'minutes.pdf') returning id`,
    [organisationId, assessmentId, characteristicId],
  );
  const id = inserted.rows[0]?.id ?? '';
  const content = Buffer.from('%PDF-1.4\n%%EOF\n');
  await server.database.pool.query(
    `insert into evidence_files (evidence_id, organisation_id, media_type, size_bytes, sha256, content)
     values ($1, $2, 'application/pdf', $3, encode(sha256($4), 'hex'), $4)`,
    [id, organisationId, content.length, content],
  );
  return id;
}
