import { parseAssessmentText } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../auth/passwords.js';
import type { AppContext } from '../context.js';
import { importAssessment } from '../use-cases/import-assessment.js';

/** The demo's sign-in: for trying CityMaturity out only; never start a public server with --demo. */
export const demoLogin = {
  email: 'demo@citymaturity.example',
  password: 'demo-city-2026',
} as const;

const baselineFile = fileURLToPath(
  new URL('../../../../examples/example-city-baseline.yaml', import.meta.url),
);

/**
 * Loads the demo organisation 示例市 / Example City with an organisation administrator (the demo
 * login) and one completed single-stakeholder baseline. Does nothing when it is already loaded.
 */
export async function loadDemo(
  ctx: AppContext,
): Promise<{ organisationId: string; created: boolean }> {
  const db = ctx.database.db;
  const existing = await repositories.findUserByEmail(db, demoLogin.email);
  if (existing) {
    const [membership] = await repositories.listOrganisationsOfUser(db, existing.id);
    if (membership) return { organisationId: membership.organisation.id, created: false };
  }
  const parsed = parseAssessmentText(await readFile(baselineFile, 'utf8'), { models: ctx.models });
  if (!parsed.ok)
    throw new Error(
      `the demo baseline is invalid: ${parsed.problems.map((p) => p.message.en).join('; ')}`,
    );
  const passwordHash = await hashPassword(demoLogin.password);
  return db.transaction(async (tx) => {
    const organisation = await repositories.createOrganisation(tx, {
      nameZh: '示例市',
      nameEn: 'Example City',
      country: 'CN',
      region: '示例省',
      population: 1_250_000,
      kind: 'city',
    });
    const scope = { organisationId: organisation.id };
    const user =
      existing ??
      (await repositories.createUser(tx, {
        email: demoLogin.email,
        displayName: '示例市管理员 Demo Admin',
        passwordHash,
        preferredLanguage: 'zh-CN',
      }));
    await repositories.setMembership(tx, scope, user.id, 'org_admin');
    await importAssessment(ctx, tx, scope, parsed.assessment, { userId: user.id, submitted: true });
    await repositories.appendAudit(tx, {
      actorUserId: user.id,
      organisationId: organisation.id,
      action: 'demo.load',
      outcome: 'success',
    });
    return { organisationId: organisation.id, created: true };
  });
}
