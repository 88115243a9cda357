import { invitationExpiry } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { newInvitationLink } from '../use-cases/stakeholder-support.js';
import type { TestServer } from './test-server.js';

/** An invitation made for a test, with its token (which the API shows only once). */
export interface InvitationFixture {
  id: string;
  respondentId: string;
  token: string;
  group: string;
}

/**
 * A multi-stakeholder draft (or facilitated workshop) created straight in the database, with one
 * invitation per group given (e.g. `['residents', 'residents', 'academia']`).
 */
export async function createInvitingAssessmentFixture(
  server: TestServer,
  organisationId: string,
  options: { groups?: readonly string[]; method?: string; revealed?: boolean } = {},
) {
  const scope = { organisationId };
  const db = server.database.db;
  const { assessment, respondent } = await repositories.createAssessment(
    db,
    scope,
    {
      title: 'Fixture',
      modelId: 'mmssc',
      modelVersion: '1.0.0',
      method: options.method ?? 'multi-stakeholder',
      assessedOn: '2026-11-01',
      createdBy: null,
    },
    { name: 'Facilitator', userId: null, stakeholderGroup: null },
  );
  const invitations = await inviteFixtures(server, organisationId, assessment.id, options.groups);
  if (options.revealed) {
    const user = await repositories.createUser(db, {
      email: `revealer-${assessment.id}@test.example`,
      displayName: 'Revealer',
      passwordHash: 'x',
    });
    await repositories.markRevealed(db, scope, assessment.id, user.id);
  }
  return { assessmentId: assessment.id, facilitatorRespondentId: respondent.id, invitations };
}

/** Invites one stakeholder per group given to an assessment, straight in the database. */
export async function inviteFixtures(
  server: TestServer,
  organisationId: string,
  assessmentId: string,
  groups: readonly string[] = ['residents'],
  options: { expiresAt?: Date } = {},
): Promise<InvitationFixture[]> {
  const links = groups.map((group) => ({ group, ...newInvitationLink() }));
  const records = await repositories.createInvitations(
    server.database.db,
    { organisationId },
    assessmentId,
    links.map((l, i) => ({
      name: `Stakeholder ${String(i + 1)} (${l.group})`,
      email: null,
      group: l.group,
      tokenHash: l.tokenHash,
      expiresAt: options.expiresAt ?? invitationExpiry(new Date()),
    })),
    null,
  );
  return records.map((r) => {
    const link = links.find((l) => l.tokenHash === r.tokenHash);
    if (!link) throw new Error('no link');
    return {
      id: r.id,
      respondentId: r.respondentId,
      token: link.link.slice('/respond/'.length),
      group: link.group,
    };
  });
}

/** The API path of an invitation link. */
export const respondPath = (token: string) => `/api/v1/respond/${token}`;
