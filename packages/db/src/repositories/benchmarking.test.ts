import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../open-database.js';
import { audits } from '../schema/verification.js';
import { createTestDatabase, databaseKinds } from '../test-support/test-databases.js';
import * as repo from './index.js';

const consent = {
  sharing: 'consensus' as const,
  named: false,
  contactable: false,
  contactName: null,
  contactEmail: null,
};

describe.each(databaseKinds)('benchmarking repositories on %s', (kind) => {
  let database: Database;
  let owner: repo.OrganisationScope;
  let member: repo.OrganisationScope;
  let outsider: repo.OrganisationScope;
  let consortiumId: string;
  let memberAssessment: string;
  let outsiderAssessment: string;

  const organisation = async (nameEn: string) => ({
    organisationId: (
      await repo.createOrganisation(database.db, {
        nameZh: nameEn,
        nameEn,
        country: 'CN',
        population: 1_500_000,
        kind: 'city',
      })
    ).id,
  });
  const assessment = async (scope: repo.OrganisationScope) =>
    (
      await repo.createAssessment(
        database.db,
        scope,
        {
          title: 'Shared',
          modelId: 'mmssc',
          modelVersion: '1.0.0',
          method: 'facilitated-workshop',
          assessedOn: '2026-05-01',
          createdBy: null,
        },
        { name: 'Team', userId: null, stakeholderGroup: null },
      )
    ).assessment.id;
  const share = (assessmentId: string) => ({
    assessmentId,
    modelId: 'mmssc',
    modelVersion: '1.0.0',
    assessedOn: '2026-05-01',
    audited: false,
    levels: { '1.1.1': { current: 3, target: 4 } },
    sharedBy: null,
  });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await organisation('Institute');
    member = await organisation('Member City');
    outsider = await organisation('Outsider City');
    consortiumId = (
      await repo.createConsortium(database.db, owner, {
        nameZh: '联盟',
        nameEn: 'Consortium',
        description: '',
        minPeerCities: 5,
        joinCodeHash: 'hash-of-the-code',
        createdBy: null,
      })
    ).id;
    await repo.addConsortiumMember(database.db, member, consortiumId, consent, null);
    memberAssessment = await assessment(member);
    outsiderAssessment = await assessment(outsider);
    await repo.saveShare(database.db, member, consortiumId, share(memberAssessment));
  });
  afterAll(async () => {
    await database.close();
  });

  it('reads the peers of a consortium for a member, shares grouped by city', async () => {
    const peers = await repo.readConsortiumPeers(database.db, member, consortiumId);
    expect(peers).toEqual([
      expect.objectContaining({
        organisationId: member.organisationId,
        nameEn: 'Member City',
        population: 1_500_000,
        shares: [
          expect.objectContaining({
            assessmentId: memberAssessment,
            levels: { '1.1.1': { current: 3, target: 4 } },
          }),
        ],
      }),
    ]);
  });

  it('reads no peer for an organisation that is not a member, even the owner', async () => {
    expect([
      await repo.readConsortiumPeers(database.db, outsider, consortiumId),
      await repo.readConsortiumPeers(database.db, owner, consortiumId),
    ]).toEqual([[], []]);
  });

  it('keeps a consortium to the organisation that runs it', async () => {
    expect([
      (await repo.getOwnedConsortium(database.db, owner, consortiumId))?.memberCount,
      await repo.getOwnedConsortium(database.db, member, consortiumId),
      await repo.updateOwnedConsortium(database.db, member, consortiumId, { nameEn: 'Mine' }),
      await repo.removeConsortiumMemberByOwner(
        database.db,
        outsider,
        consortiumId,
        member.organisationId,
      ),
    ]).toEqual([1, undefined, undefined, false]);
  });

  it("refuses to share another organisation's assessment", async () => {
    await expect(
      repo.saveShare(database.db, member, consortiumId, share(outsiderAssessment)),
    ).rejects.toThrow();
  });

  it('refuses a share from an organisation that is not a member', async () => {
    await expect(
      repo.saveShare(database.db, outsider, consortiumId, share(outsiderAssessment)),
    ).rejects.toThrow();
  });

  it('withdraws only the shares without an issued audit', async () => {
    const audited = await assessment(member);
    await repo.saveShare(database.db, member, consortiumId, share(audited));
    await database.db.insert(audits).values({
      assessmentId: audited,
      organisationId: member.organisationId,
      auditorName: 'Auditor',
      snapshotDigest: '0'.repeat(64),
      status: 'issued',
    });
    const withdrawn = await repo.deleteSharesWithoutIssuedAudit(database.db, member, consortiumId);
    const left = await repo.readConsortiumPeers(database.db, member, consortiumId);
    expect(withdrawn).toEqual([memberAssessment]);
    expect(left[0]?.shares.map((s) => s.assessmentId)).toEqual([audited]);
  });

  it('finds a consortium by the hash of its join code only', async () => {
    expect([
      (await repo.findConsortiumByJoinCode(database.db, 'hash-of-the-code'))?.id,
      await repo.findConsortiumByJoinCode(database.db, 'another hash'),
    ]).toEqual([consortiumId, undefined]);
  });
});
