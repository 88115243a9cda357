// Fixtures of the audit area: submitted assessments with snapshots, invited auditors, findings.
import { repositories, schema } from '@citymaturity/db';
import { takeSnapshot } from '../use-cases/assessment-snapshot.js';
import { createAssessmentFixture, fullAnswers } from './fixtures.js';
import { ApiClient, createTestUser, testPassword, type TestServer } from './test-server.js';

/** The external auditor the authorization matrix signs in as (the audits it prepares are theirs). */
export const matrixAuditorEmail = 'external-auditor@matrix.example';

/** The user with this email, created (with the test password) when there is none. */
export async function ensureTestUser(server: TestServer, email: string) {
  return (
    (await repositories.findUserByEmail(server.database.db, email)) ??
    (await createTestUser(server, email))
  );
}

/**
 * A submitted single-stakeholder assessment (fixture answers) frozen as a snapshot, whose digest
 * the chain records like a submission does.
 */
export async function snapshottedAssessmentFixture(server: TestServer, organisationId: string) {
  const fixture = await createAssessmentFixture(server, organisationId, { submitted: true });
  const scope = { organisationId };
  const digest = await server.database.db.transaction(async (tx) => {
    const taken = await takeSnapshot(tx, scope, fixture.assessmentId, null);
    await repositories.appendAssessmentEvent(tx, scope, fixture.assessmentId, {
      actorUserId: null,
      action: 'assessment.snapshot',
      details: { digest: taken.digest },
    });
    return taken.digest;
  });
  return { ...fixture, digest };
}

/**
 * A snapshotted assessment with an external audit in progress by the given auditor (a grant on
 * it, the audit); `findings: 'complete'` confirms every characteristic.
 */
export async function auditedAssessmentFixture(
  server: TestServer,
  organisationId: string,
  auditorUserId: string,
  options: { findings?: 'none' | 'complete' } = {},
) {
  const fixture = await snapshottedAssessmentFixture(server, organisationId);
  const scope = { organisationId };
  const db = server.database.db;
  await repositories.createAssessmentGrant(db, scope, {
    assessmentId: fixture.assessmentId,
    userId: auditorUserId,
    role: 'auditor',
    createdBy: null,
  });
  await repositories.createAudit(db, scope, {
    assessmentId: fixture.assessmentId,
    auditorUserId,
    auditorName: 'Fixture Auditor',
    auditorOrganisation: 'Fixture Certification',
    snapshotDigest: fixture.digest,
  });
  if (options.findings === 'complete') {
    const model = server.ctx.models.get('mmssc');
    for (const c of model?.characteristics ?? [])
      await repositories.saveAuditFinding(db, scope, {
        assessmentId: fixture.assessmentId,
        characteristicId: c.id,
        verdict: 'confirmed',
        adjustedCurrent: null,
        adjustedTarget: null,
        reason: '',
      });
  }
  return fixture;
}

/** An assessment created, answered (with evidence on 1.1.1) and submitted through the API. */
export async function submittedThroughApi(
  server: TestServer,
  admin: ApiClient,
  organisationId: string,
  title = 'Audited baseline',
) {
  const base = `/api/v1/organisations/${organisationId}/assessments`;
  const created = await admin.post<{ id: string; respondents: { id: string }[] }>(base, {
    title,
    date: '2026-11-01',
  });
  const assessmentId = created.body.id;
  const respondentId = created.body.respondents[0]?.id ?? '';
  const ratings: Record<string, unknown> = { ...fullAnswers(server) };
  ratings['1.1.1'] = {
    current: 2,
    target: 3,
    evidence: { text: 'Minutes of the council meeting', links: ['https://example.org/plan'] },
  };
  const saved = await admin.put(`${base}/${assessmentId}/respondents/${respondentId}/ratings`, {
    ratings,
  });
  const submitted = await admin.post<{ snapshot: { digest: string } | null }>(
    `${base}/${assessmentId}/submit`,
  );
  if (saved.status !== 200 || submitted.status !== 200)
    throw new Error(`fixture failed: ${String(saved.status)} ${String(submitted.status)}`);
  return {
    assessmentId,
    respondentId,
    digest: submitted.body.snapshot?.digest ?? '',
    path: `${base}/${assessmentId}`,
  };
}

/**
 * Invites an external auditor (a new account) through the API, sets their password with the
 * one-time link, and signs them in.
 */
export async function invitedAuditor(
  server: TestServer,
  admin: ApiClient,
  assessmentPath: string,
  email: string,
) {
  const invited = await admin.post<{ auditor: { userId: string }; setupLink: { link: string } }>(
    `${assessmentPath}/auditors`,
    { email, displayName: 'Ada Auditor', organisation: 'Certifier Ltd' },
  );
  if (invited.status !== 201) throw new Error(`invite failed: ${JSON.stringify(invited.body)}`);
  const token = invited.body.setupLink.link.split('#').pop() ?? '';
  const client = new ApiClient(server.url);
  const setup = await client.post('/api/v1/account/setup', { token, password: testPassword });
  if (setup.status !== 200) throw new Error(`setup failed: ${JSON.stringify(setup.body)}`);
  await client.signIn(email, testPassword);
  return { client, userId: invited.body.auditor.userId };
}

/**
 * A submitted facilitated-workshop assessment built straight in the database, every change
 * chained as the API chains it: three stakeholders' ratings, a consensus item for every
 * characteristic (1.1.1 with evidence), the submission with its snapshot.
 */
export async function workshopAssessmentFixture(server: TestServer, organisationId: string) {
  const scope = { organisationId };
  const db = server.database.db;
  const answers = fullAnswers(server);
  const { assessment, respondent } = await repositories.createAssessment(
    db,
    scope,
    {
      title: 'Workshop',
      modelId: 'mmssc',
      modelVersion: '1.0.0',
      method: 'facilitated-workshop',
      assessedOn: '2026-11-01',
      createdBy: null,
    },
    { name: 'Transport bureau', userId: null, stakeholderGroup: 'local-government' },
  );
  const respondentIds = [respondent.id];
  for (const name of ['University', 'Residents forum']) {
    const [row] = await db
      .insert(schema.respondents)
      .values({ organisationId, assessmentId: assessment.id, name, stakeholderGroup: 'academia' })
      .returning({ id: schema.respondents.id });
    if (row) respondentIds.push(row.id);
  }
  for (const respondentId of respondentIds)
    await repositories.saveAnswersChecked(
      server.database.pool,
      scope,
      {
        assessmentId: assessment.id,
        respondentId,
        answers: Object.entries(answers).map(([characteristicId, a]) => ({
          characteristicId,
          ...a,
        })),
        evidence: [],
        audit: { actorUserId: null, ip: null, details: {} },
      },
      () => undefined,
    );
  await server.database.pool.query('update assessments set revealed_at = now() where id = $1', [
    assessment.id,
  ]);
  await db.transaction(async (tx) => {
    for (const [characteristicId, a] of Object.entries(answers)) {
      const item = { ...a, rationale: `Agreed on ${characteristicId}`, dissent: '' };
      await tx.insert(schema.consensusItems).values({
        assessmentId: assessment.id,
        organisationId,
        characteristicId,
        ...item,
      });
      await repositories.appendAssessmentEvent(tx, scope, assessment.id, {
        actorUserId: null,
        action: 'consensus.save',
        details: { characteristicId, ...item, version: 1 },
      });
    }
    await tx.insert(schema.evidence).values({
      organisationId,
      consensusAssessmentId: assessment.id,
      characteristicId: '1.1.1',
      kind: 'text',
      body: 'Workshop minutes, page 3',
    });
    await repositories.markSubmitted(tx, scope, assessment.id, null);
    const snapshot = await takeSnapshot(tx, scope, assessment.id, null);
    await repositories.appendAssessmentEvent(tx, scope, assessment.id, {
      actorUserId: null,
      action: 'assessment.submit',
      details: { digest: snapshot.digest },
    });
  });
  return { assessmentId: assessment.id, respondentIds };
}
