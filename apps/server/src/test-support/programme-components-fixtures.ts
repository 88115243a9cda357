// Fixtures of the programme office's principles, component tracker and interoperability matrix:
// rows written straight in the database (the stakeholder register belongs to another area of the
// API, so its rows are inserted with SQL here).
import { repositories } from '@citymaturity/db';
import type { TestServer } from './test-server.js';

let counter = 0;

/** A stakeholder of the organisation's register; returns its id. */
export async function registeredStakeholder(
  server: TestServer,
  organisationId: string,
  name = `Stakeholder ${String(++counter)}`,
  typeId = 'government',
): Promise<string> {
  const result = await server.database.pool.query<{ id: string }>(
    'insert into stakeholder_register (organisation_id, name, type_id) values ($1, $2, $3) returning id',
    [organisationId, name, typeId],
  );
  const id = result.rows[0]?.id;
  if (!id) throw new Error('no stakeholder');
  return id;
}

/** A principle the city added (version 1); returns its id. */
export async function addedPrinciple(server: TestServer, organisationId: string): Promise<string> {
  const result = await repositories.saveCityPrinciple(
    server.database.db,
    { organisationId },
    { added: true },
    0,
    {
      stance: 'added',
      title: `Principle ${String(++counter)}`,
      wording: 'We work in the open.',
      position: 0,
      updatedBy: null,
    },
  );
  if (!('saved' in result)) throw new Error('no principle');
  return result.saved.id;
}

/** A policy product of the city's own in strategic management × legal (version 1); returns its id. */
export async function ownPolicyProduct(
  server: TestServer,
  organisationId: string,
): Promise<string> {
  const result = await repositories.savePolicyProduct(
    server.database.db,
    { organisationId },
    { newOwn: true },
    0,
    {
      areaId: 'strategic-management',
      dimensionId: 'legal',
      name: `Data sharing agreement ${String(++counter)}`,
      componentCodes: ['B5'],
      status: 'drafting',
      documentUrl: null,
      notes: '',
      updatedBy: null,
    },
  );
  if (!('saved' in result)) throw new Error('no product');
  return result.saved.id;
}

const ifMatch = (version: number) => ({ 'if-match': `"${String(version)}"` });

/** Makes sure the organisation has adopted a principle of the pack; the If-Match of its stored version. */
export async function adoptedPrincipleVersion(
  server: TestServer,
  organisationId: string,
  packPrincipleId: string,
): Promise<Record<string, string>> {
  const scope = { organisationId };
  const stored = await repositories.getCityPrinciple(server.database.db, scope, {
    packPrincipleId,
  });
  if (stored) return ifMatch(stored.version);
  await repositories.saveCityPrinciple(server.database.db, scope, { packPrincipleId }, 0, {
    stance: 'adopted',
    title: '',
    wording: '',
    position: 0,
    updatedBy: null,
  });
  return ifMatch(1);
}

/** Makes sure a recommendation's progress is recorded; the If-Match of its stored version. */
export async function recordedRecommendationVersion(
  server: TestServer,
  organisationId: string,
  recommendationId: string,
  componentCode: string,
): Promise<Record<string, string>> {
  const scope = { organisationId };
  const stored = await repositories.getRecommendationProgress(
    server.database.db,
    scope,
    recommendationId,
  );
  if (stored) return ifMatch(stored.version);
  await repositories.saveRecommendationProgress(server.database.db, scope, recommendationId, 0, {
    componentCode,
    status: 'not-started',
    owner: '',
    dueOn: null,
    evidence: '',
    evidenceUrl: null,
    updatedBy: null,
  });
  return ifMatch(1);
}

/** Makes sure the status of a product of the standard is recorded; the If-Match of its stored version. */
export async function recordedStandardProductVersion(
  server: TestServer,
  organisationId: string,
  place: { areaId: string; dimensionId: string; index: number; componentCodes: string[] },
): Promise<Record<string, string>> {
  const scope = { organisationId };
  const packProductKey = `${place.areaId}/${place.dimensionId}/${String(place.index)}`;
  const stored = await repositories.getPolicyProduct(server.database.db, scope, {
    packProductKey,
  });
  if (stored) return ifMatch(stored.version);
  await repositories.savePolicyProduct(server.database.db, scope, { packProductKey }, 0, {
    areaId: place.areaId,
    dimensionId: place.dimensionId,
    name: '',
    componentCodes: place.componentCodes,
    status: 'none',
    documentUrl: null,
    notes: '',
    updatedBy: null,
  });
  return ifMatch(1);
}
