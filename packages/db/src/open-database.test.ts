import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './open-database.js';
import { auditLog } from './schema/tables.js';
import { createTestDatabase, databaseKinds } from './test-support/test-databases.js';

describe.each(databaseKinds)('openDatabase on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });

  it('applies every migration', async () => {
    const tables = await database.pool.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' order by tablename",
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual([
      'assessment_grants',
      'assessment_snapshots',
      'assessments',
      'audit_findings',
      'audit_log',
      'audits',
      'benefit_links',
      'benefit_nodes',
      'city_principles',
      'consensus_items',
      'consortia',
      'consortium_members',
      'consortium_shares',
      'evidence',
      'evidence_files',
      'improvement_stages',
      'initiative_lifts',
      'invitations',
      'kpi_actuals',
      'kpis',
      'memberships',
      'organisations',
      'policy_products',
      'principle_agreements',
      'programme_review_ratings',
      'programme_reviews',
      'rate_limits',
      'ratings',
      'recommendation_progress',
      'respondents',
      'risks',
      'roadmap_initiatives',
      'sessions',
      'setup_tokens',
      'stakeholder_groups',
      'stakeholder_register',
      'users',
    ]);
  });

  it('keeps the audit log append-only: no update, delete or truncate', async () => {
    await database.db.insert(auditLog).values({ action: 'test', outcome: 'success' });
    for (const statement of [
      "update audit_log set action = 'changed'",
      'delete from audit_log',
      'truncate audit_log',
    ]) {
      await expect(database.pool.query(statement)).rejects.toThrow(/append-only/);
    }
    const rows = await database.pool.query<{ action: string }>('select action from audit_log');
    expect(rows.rows).toEqual([{ action: 'test' }]);
  });
});
