// Fixtures of the benchmarking area: cities with attributes, consortia, memberships, and submitted
// results that may be shared (facilitated-workshop consensus, issued audits).
import { repositories, schema } from '@citymaturity/db';
import { newJoinCode } from '../auth/consortium-join-codes.js';
import { createAssessmentFixture } from './fixtures.js';
import type { TestServer } from './test-server.js';

/** A measure as a workshop may agree it: a level, or "don't know". */
type Agreed = number | 'unknown';

/** Agreed levels by characteristic: a function of the characteristic id (and its index). */
export type LevelsOf = (characteristicId: string, index: number) => [Agreed, Agreed];

/** Every characteristic at the same current level, the target one above (at most 5). */
export const uniformLevels =
  (current: number, overrides: Record<string, [Agreed, Agreed]> = {}): LevelsOf =>
  (id) =>
    overrides[id] ?? [current, Math.min(5, current + 1)];

/** An organisation with the attributes peer groups filter on. */
export async function createCity(
  server: TestServer,
  nameEn: string,
  attributes: {
    country?: string;
    region?: string | null;
    population?: number | null;
    kind?: 'city' | 'district' | 'rural-community';
  } = {},
) {
  return repositories.createOrganisation(server.database.db, {
    nameZh: `${nameEn}（中）`,
    nameEn,
    country: attributes.country ?? 'CN',
    region: attributes.region ?? null,
    population: attributes.population ?? null,
    kind: attributes.kind ?? 'city',
  });
}

/**
 * A submitted facilitated workshop whose consensus agreed the given levels on every
 * characteristic (straight in the database; its official result is the consensus).
 */
export async function workshopResultFixture(
  server: TestServer,
  organisationId: string,
  levelsOf: LevelsOf,
  assessedOn = '2026-05-01',
) {
  const scope = { organisationId };
  const db = server.database.db;
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  const { assessment } = await repositories.createAssessment(
    db,
    scope,
    {
      title: `Workshop ${assessedOn}`,
      modelId: 'mmssc',
      modelVersion: model.pack.meta.version,
      method: 'facilitated-workshop',
      assessedOn,
      createdBy: null,
    },
    { name: 'Facilitator', userId: null, stakeholderGroup: 'local-government' },
  );
  await db.insert(schema.consensusItems).values(
    model.characteristics.map((c, i) => {
      const [current, target] = levelsOf(c.id, i);
      return {
        assessmentId: assessment.id,
        organisationId,
        characteristicId: c.id,
        current: current === 'unknown' ? null : current,
        currentUnknown: current === 'unknown',
        target: target === 'unknown' ? null : target,
        targetUnknown: target === 'unknown',
        rationale: 'Agreed',
        dissent: '',
      };
    }),
  );
  await repositories.markSubmitted(db, scope, assessment.id, null);
  return { assessmentId: assessment.id };
}

/** A submitted single-stakeholder assessment with an issued external audit statement. */
export async function auditedResultFixture(server: TestServer, organisationId: string) {
  const fixture = await createAssessmentFixture(server, organisationId, { submitted: true });
  await server.database.db.insert(schema.audits).values({
    assessmentId: fixture.assessmentId,
    organisationId,
    auditorUserId: null,
    auditorName: 'Fixture Auditor',
    snapshotDigest: '0'.repeat(64),
    status: 'issued',
    statement: 'Supported by the evidence.',
    issuedAt: new Date(),
  });
  return fixture;
}

/** A consortium run by the organisation, with its join code. */
export async function consortiumFixture(
  server: TestServer,
  ownerOrganisationId: string,
  minPeerCities = 5,
) {
  const { code, hash } = newJoinCode();
  const row = await repositories.createConsortium(
    server.database.db,
    { organisationId: ownerOrganisationId },
    {
      nameZh: '基准联盟',
      nameEn: 'Benchmark consortium',
      description: '',
      minPeerCities,
      joinCodeHash: hash,
      createdBy: null,
    },
  );
  return { consortiumId: row.id, code };
}

/** Makes an organisation a member of a consortium (straight in the database). */
export async function memberFixture(
  server: TestServer,
  consortiumId: string,
  organisationId: string,
  consent: Partial<repositories.ConsortiumConsent> = {},
) {
  await repositories.addConsortiumMember(
    server.database.db,
    { organisationId },
    consortiumId,
    {
      sharing: 'consensus',
      named: false,
      contactable: false,
      contactName: null,
      contactEmail: null,
      ...consent,
    },
    null,
  );
}

/** A member city sharing a workshop result with the given levels (all straight in the database). */
export async function sharingMemberFixture(
  server: TestServer,
  consortiumId: string,
  organisationId: string,
  current = 3,
) {
  await memberFixture(server, consortiumId, organisationId);
  const model = server.ctx.models.get('mmssc');
  if (!model) throw new Error('no model');
  const { assessmentId } = await workshopResultFixture(
    server,
    organisationId,
    uniformLevels(current),
  );
  await repositories.saveShare(server.database.db, { organisationId }, consortiumId, {
    assessmentId,
    modelId: 'mmssc',
    modelVersion: model.pack.meta.version,
    assessedOn: '2026-05-01',
    audited: false,
    levels: Object.fromEntries(
      model.characteristics.map((c) => [c.id, { current, target: Math.min(5, current + 1) }]),
    ),
    sharedBy: null,
  });
  return { assessmentId };
}
