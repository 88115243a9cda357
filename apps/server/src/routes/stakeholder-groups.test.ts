import { standardStakeholderGroupIds } from '@citymaturity/core';
import { databaseKinds } from '@citymaturity/db/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitingAssessmentFixture } from '../test-support/stakeholder-fixtures.js';
import {
  createTestOrganisation,
  signedInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../test-support/test-server.js';

interface Group {
  key: string;
  name: { zh: string; en: string };
  standard: boolean;
  respondents: number;
}
interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(databaseKinds)('stakeholder groups on %s', (kind) => {
  let server: TestServer;
  let admin: ApiClient;
  let viewer: ApiClient;
  let organisationId: string;
  let path: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    organisationId = (await createTestOrganisation(server, 'Group City')).id;
    admin = (await signedInAs(server, 'org_admin', organisationId)).client;
    viewer = (await signedInAs(server, 'viewer', organisationId, 'zh')).client;
    path = `/api/v1/organisations/${organisationId}/stakeholder-groups`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists the six standard groups in both languages for any member', async () => {
    const r = await viewer.get<Group[]>(path);
    expect(r.status).toBe(200);
    expect(r.body.filter((g) => g.standard).map((g) => g.key)).toEqual([
      ...standardStakeholderGroupIds,
    ]);
    expect(r.body.find((g) => g.key === 'residents')?.name).toEqual({
      zh: '居民',
      en: 'Residents',
    });
  });

  it('adds a group of its own with the key given', async () => {
    const r = await admin.post<Group>(path, {
      key: 'youth-council',
      nameZh: '青年委员会',
      nameEn: 'Youth council',
    });
    expect(r).toMatchObject({
      status: 201,
      body: { key: 'youth-council', standard: false, respondents: 0 },
    });
    const list = await viewer.get<Group[]>(path);
    expect(list.body.at(-1)).toEqual({
      key: 'youth-council',
      name: { zh: '青年委员会', en: 'Youth council' },
      standard: false,
      respondents: 0,
    });
  });

  it('makes the key of the English name when none is given, numbered when taken', async () => {
    const first = await admin.post<Group>(path, { nameZh: '港口', nameEn: 'Port Authority' });
    const second = await admin.post<Group>(path, { nameZh: '港口二', nameEn: 'Port authority' });
    expect([first.body.key, second.body.key]).toEqual(['port-authority', 'port-authority-2']);
  });

  it('refuses a key that is taken or a standard group’s', async () => {
    const taken = await admin.post<ErrorBody>(path, {
      key: 'youth-council',
      nameZh: '另一个',
      nameEn: 'Another',
    });
    const standard = await admin.post<ErrorBody>(path, {
      key: 'residents',
      nameZh: '居民',
      nameEn: 'Residents',
    });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'stakeholder-group-exists']);
    expect([standard.status, standard.body.error.code]).toEqual([409, 'stakeholder-group-exists']);
  });

  it('renames a group of its own and keeps its key', async () => {
    const r = await admin.patch<Group>(`${path}/youth-council`, {
      nameEn: 'Youth Council of Tianjin',
    });
    expect(r.body).toMatchObject({
      key: 'youth-council',
      name: { zh: '青年委员会', en: 'Youth Council of Tianjin' },
    });
  });

  it('refuses to rename or delete a standard group', async () => {
    const rename = await admin.patch<ErrorBody>(`${path}/academia`, { nameEn: 'Universities' });
    const remove = await admin.delete<ErrorBody>(`${path}/academia`);
    expect([rename.status, rename.body.error.code]).toEqual([409, 'standard-stakeholder-group']);
    expect([remove.status, remove.body.error.code]).toEqual([409, 'standard-stakeholder-group']);
  });

  it('answers 404 for a group the organisation does not have', async () => {
    expect((await admin.patch(`${path}/no-such-group`, { nameEn: 'X' })).status).toBe(404);
    expect((await admin.delete(`${path}/no-such-group`)).status).toBe(404);
  });

  it('refuses to delete a group a respondent is in, and counts its respondents', async () => {
    await createInvitingAssessmentFixture(server, organisationId, {
      groups: ['youth-council', 'youth-council'],
    });
    const r = await admin.delete<ErrorBody>(`${path}/youth-council`);
    expect([r.status, r.body.error.code]).toEqual([409, 'stakeholder-group-in-use']);
    const list = await admin.get<Group[]>(path);
    expect(list.body.find((g) => g.key === 'youth-council')?.respondents).toBe(2);
  });

  it('deletes a group nobody is in', async () => {
    const r = await admin.delete(`${path}/port-authority-2`);
    expect(r.status).toBe(204);
    const list = await admin.get<Group[]>(path);
    expect(list.body.map((g) => g.key)).not.toContain('port-authority-2');
  });

  it('records every change of a group in the audit log', async () => {
    const rows = await server.database.pool.query<{ action: string; target_id: string }>(
      `select action, target_id from audit_log
        where organisation_id = $1 and action like 'stakeholder-group.%' order by id`,
      [organisationId],
    );
    expect(rows.rows.map((r) => `${r.action} ${r.target_id}`)).toEqual([
      'stakeholder-group.create youth-council',
      'stakeholder-group.create port-authority',
      'stakeholder-group.create port-authority-2',
      'stakeholder-group.rename youth-council',
      'stakeholder-group.delete port-authority-2',
    ]);
  });

  it('keeps each organisation’s groups to itself', async () => {
    const otherId = (await createTestOrganisation(server, 'Other Group City')).id;
    const otherAdmin = (await signedInAs(server, 'org_admin', otherId)).client;
    const otherPath = `/api/v1/organisations/${otherId}/stakeholder-groups`;
    const list = await otherAdmin.get<Group[]>(otherPath);
    expect(list.body.every((g) => g.standard)).toBe(true);
    expect((await otherAdmin.delete(`${otherPath}/youth-council`)).status).toBe(404);
  });
});
