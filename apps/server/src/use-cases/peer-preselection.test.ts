import { selectPeerGroup } from '@citymaturity/core';
import { repositories, type Database } from '@citymaturity/db';
import { createTestDatabase, databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPeerCity } from './compare-with-peers.js';

// The comparison reads each city's latest share in SQL (one row per city instead of one per
// cycle). That pre-selection must pick what the core's peer-group rule picks from every share.

describe.each(databaseKinds)('the peer read’s pre-selection on %s', (kind) => {
  let database: Database;
  let viewer: repositories.OrganisationScope;
  let consortiumId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const owner = await repositories.createOrganisation(db, {
      nameZh: '院',
      nameEn: 'Institute',
      country: 'CN',
      kind: 'city',
    });
    consortiumId = (
      await repositories.createConsortium(
        db,
        { organisationId: owner.id },
        {
          nameZh: '联盟',
          nameEn: 'Consortium',
          description: '',
          minPeerCities: 5,
          joinCodeHash: 'preselection',
          createdBy: null,
        },
      )
    ).id;
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const dates = ['2022-05-01', '2024-05-01', '2024-05-01', '2026-05-01', '2026-11-01'];
    for (let c = 0; c < 12; c++) {
      const scope = {
        organisationId: (
          await repositories.createOrganisation(db, {
            nameZh: `市${String(c)}`,
            nameEn: `City ${String(c)}`,
            country: 'CN',
            kind: 'city',
          })
        ).id,
      };
      if (c === 0) viewer = scope;
      await repositories.addConsortiumMember(
        db,
        scope,
        consortiumId,
        {
          sharing: 'consensus',
          named: false,
          contactable: false,
          contactName: null,
          contactEmail: null,
        },
        null,
      );
      const shares = Math.floor(random() * 4);
      for (let s = 0; s < shares; s++) {
        const assessedOn = dates[Math.floor(random() * dates.length)] ?? '2024-05-01';
        const { assessment } = await repositories.createAssessment(
          db,
          scope,
          {
            title: 'Cycle',
            modelId: 'mmssc',
            modelVersion: '1.0.0',
            method: 'facilitated-workshop',
            assessedOn,
            createdBy: null,
          },
          { name: 'Team', userId: null, stakeholderGroup: null },
        );
        await repositories.saveShare(db, scope, consortiumId, {
          assessmentId: assessment.id,
          modelId: random() < 0.15 ? 'other-model' : 'mmssc',
          modelVersion: '1.0.0',
          assessedOn,
          audited: false,
          levels: { '1.1.1': { current: 1 + s, target: 2 + s } },
          sharedBy: null,
        });
      }
    }
  });
  afterAll(async () => {
    await database.close();
  });

  it.each([undefined, '2021-12-31', '2024-05-01', '2025-01-01', '2026-12-31'])(
    'picks the shares the core picks (as of %s)',
    async (asOf) => {
      const all = await repositories.readConsortiumPeers(database.db, viewer, consortiumId);
      const expected = selectPeerGroup(all.map(toPeerCity), {}, { modelId: 'mmssc', asOf }).map(
        (m) => [m.city.organisationId, m.share.assessmentId],
      );
      const preselected = await repositories.readConsortiumPeers(
        database.db,
        viewer,
        consortiumId,
        { modelId: 'mmssc', asOf },
      );
      expect(preselected.map((c) => [c.organisationId, c.shares[0]?.assessmentId])).toEqual(
        expected,
      );
      expect(preselected.every((c) => c.shares.length === 1)).toBe(true);
    },
  );
});
