import { openDatabase, repositories } from '@citymaturity/db';
import { resolve } from 'node:path';
import { readServerConfig } from '../config.js';
import { verifyAssessment, type AssessmentVerificationReport } from './verify-assessment.js';

/** An assessment id (UUID) or a snapshot digest (64 hex digits); anything else is neither. */
export function verificationSubject(
  value: string,
): { assessmentId: string } | { digest: string } | undefined {
  const v = value.trim().toLowerCase();
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v))
    return { assessmentId: v };
  if (/^[0-9a-f]{64}$/.test(v)) return { digest: v };
  return undefined;
}

/**
 * Verifies an assessment straight in the database the server uses (`DATABASE_URL`, or the
 * embedded database in `CITYMATURITY_DATA_DIR`), for the operator's `citymaturity verify`: by id
 * (a draft too) or by snapshot digest. Undefined when there is no such assessment. The embedded
 * database can be opened by one process at a time: stop the server first, or use `DATABASE_URL`.
 */
export async function verifyStoredAssessment(
  subject: { assessmentId: string } | { digest: string },
  env: NodeJS.ProcessEnv,
): Promise<AssessmentVerificationReport | undefined> {
  const config = readServerConfig(env);
  const database = await openDatabase({
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    dataDir: resolve(config.CITYMATURITY_DATA_DIR),
    poolSize: 2,
  });
  try {
    const found =
      'digest' in subject
        ? await repositories.findSnapshotted(database.db, subject)
        : await repositories.findAssessmentOrganisation(database.db, subject.assessmentId);
    if (!found) return undefined;
    return await verifyAssessment(
      database.db,
      { organisationId: found.organisationId },
      found.assessmentId,
    );
  } finally {
    await database.close();
  }
}
