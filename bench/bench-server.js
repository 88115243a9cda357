// A CityMaturity server for the submission benchmark: the real app, in its own process, with an
// organisation of 200 draft single-stakeholder assessments. Prints one JSON line when ready.
import { repositories, openDatabase } from '@citymaturity/db';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { buildApp, createLive, hashPassword, readServerConfig } from '@citymaturity/server';

const assessmentCount = 200;
const config = readServerConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = await openDatabase({
  ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
  dataDir: config.CITYMATURITY_DATA_DIR,
  poolSize: config.CITYMATURITY_DB_POOL_SIZE,
});
const packs = await loadBundledPacks();
const ctx = {
  database,
  packs,
  models: new Map([['mmssc', indexMaturityModel(packs.mmssc)]]),
  operatingModel: packs.scom,
  config,
  live: createLive(database.connectionString),
  webRoot: undefined,
};

const db = database.db;
const organisation = await repositories.createOrganisation(db, {
  nameZh: '基准市',
  nameEn: 'Benchmark City',
  country: 'CN',
  kind: 'city',
});
const scope = { organisationId: organisation.id };
const email = `bench-${Date.now()}@citymaturity.example`;
const password = 'benchmark password';
const user = await repositories.createUser(db, {
  email,
  displayName: 'Bench',
  passwordHash: await hashPassword(password),
});
await repositories.setMembership(db, scope, user.id, 'facilitator');
const targets = [];
for (let i = 0; i < assessmentCount; i++) {
  const { assessment, respondent } = await repositories.createAssessment(
    db,
    scope,
    {
      title: `Bench ${i}`,
      modelId: 'mmssc',
      modelVersion: packs.mmssc.meta.version,
      method: 'single-stakeholder',
      assessedOn: '2026-11-21',
      createdBy: user.id,
    },
    { name: 'Team', userId: null, stakeholderGroup: null },
  );
  targets.push({ assessmentId: assessment.id, respondentId: respondent.id });
}
const app = await buildApp(ctx, { logger: false });
await app.listen({ port: config.PORT, host: '127.0.0.1' });
process.stdout.write(
  `${JSON.stringify({ ready: true, organisationId: organisation.id, email, password, targets, connectionString: database.connectionString })}\n`,
);
const stop = async () => {
  await app.close();
  await ctx.live.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
