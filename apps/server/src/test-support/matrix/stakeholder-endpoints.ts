import { repositories } from '@citymaturity/db';
import { createInvitingAssessmentFixture } from '../stakeholder-fixtures.js';
import { org, simple, type Endpoint } from './endpoint.js';

let counter = 0;

/** A stakeholder group of the organisation's own, made straight in the database. */
async function ownGroup(server: Parameters<Endpoint['prepare']>[0], organisationId: string) {
  const key = `matrix-group-${String(++counter)}`;
  await repositories.createOwnStakeholderGroup(
    server.database.db,
    { organisationId },
    {
      key,
      nameZh: '测试群体',
      nameEn: 'Test group',
    },
  );
  return key;
}

const invitationsOf = (organisationId: string, assessmentId: string) =>
  `${org(organisationId)}/assessments/${assessmentId}/invitations`;

/** Invitations, stakeholder groups, progress and reveal (multi-stakeholder rating). */
export const stakeholderEndpoints: Endpoint[] = [
  simple('list stakeholder groups', 'GET', 'assessments.list', 200, (_, id) => ({
    path: `${org(id)}/stakeholder-groups`,
  })),
  simple('create stakeholder group', 'POST', 'invitations.manage', 201, (_, id) => ({
    path: `${org(id)}/stakeholder-groups`,
    body: { nameZh: '青年', nameEn: `Youth ${String(++counter)}` },
  })),
  simple('rename stakeholder group', 'PATCH', 'invitations.manage', 200, async (server, id) => ({
    path: `${org(id)}/stakeholder-groups/${await ownGroup(server, id)}`,
    body: { nameEn: 'Renamed' },
  })),
  simple('delete stakeholder group', 'DELETE', 'invitations.manage', 204, async (server, id) => ({
    path: `${org(id)}/stakeholder-groups/${await ownGroup(server, id)}`,
  })),
  simple(
    'list invitations of an assessment',
    'GET',
    'invitations.manage',
    200,
    async (server, id) => {
      const f = await createInvitingAssessmentFixture(server, id);
      return { path: invitationsOf(id, f.assessmentId) };
    },
  ),
  simple('invite to an assessment', 'POST', 'invitations.manage', 201, async (server, id) => {
    const f = await createInvitingAssessmentFixture(server, id, { groups: [] });
    return {
      path: invitationsOf(id, f.assessmentId),
      body: { name: 'Ann', group: 'residents' },
    };
  }),
  simple(
    'invite to an assessment from CSV',
    'POST',
    'invitations.manage',
    201,
    async (server, id) => {
      const f = await createInvitingAssessmentFixture(server, id, { groups: [] });
      return {
        path: `${invitationsOf(id, f.assessmentId)}/import`,
        body: { csv: 'name,email,group\nAnn,ann@example.org,residents\n' },
      };
    },
  ),
  simple(
    'reissue an invitation of an assessment',
    'POST',
    'invitations.manage',
    200,
    async (server, id) => {
      const f = await createInvitingAssessmentFixture(server, id);
      return { path: `${invitationsOf(id, f.assessmentId)}/${f.invitations[0]?.id ?? ''}/reissue` };
    },
  ),
  simple(
    'revoke an invitation of an assessment',
    'POST',
    'invitations.manage',
    200,
    async (server, id) => {
      const f = await createInvitingAssessmentFixture(server, id);
      return { path: `${invitationsOf(id, f.assessmentId)}/${f.invitations[0]?.id ?? ''}/revoke` };
    },
  ),
  simple(
    'change the expiry of an invitation of an assessment',
    'PATCH',
    'invitations.manage',
    200,
    async (server, id) => {
      const f = await createInvitingAssessmentFixture(server, id);
      return {
        path: `${invitationsOf(id, f.assessmentId)}/${f.invitations[0]?.id ?? ''}`,
        body: { validDays: 10 },
      };
    },
  ),
  simple('progress of an assessment', 'GET', 'progress.view', 200, async (server, id) => {
    const f = await createInvitingAssessmentFixture(server, id);
    return { path: `${org(id)}/assessments/${f.assessmentId}/progress` };
  }),
  simple(
    'reveal the results of an assessment',
    'POST',
    'assessments.reveal',
    200,
    async (server, id) => {
      const f = await createInvitingAssessmentFixture(server, id);
      await repositories.saveAnswers(
        server.database.db,
        { organisationId: id },
        f.invitations[0]?.respondentId ?? '',
        [{ characteristicId: '1.1.1', current: 4, target: 5 }],
        null,
      );
      return { path: `${org(id)}/assessments/${f.assessmentId}/reveal` };
    },
  ),
];
