import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../open-database.js';
import * as repo from '../repositories/index.js';
import * as schema from '../schema/index.js';
import { createTestDatabase, databaseKinds } from '../test-support/test-databases.js';
import { BackupRestoreError } from './backup-format.js';
import { backupTables, tablesNotBackedUp } from './backup-tables.js';
import { restoreOrganisation } from './restore-backup.js';
import { backupOrganisation, findBackupOrganisation } from './write-backup.js';

const passwordlessHash = '!no-password';

async function backupText(database: Database, organisationId: string, credentials = false) {
  let text = '';
  for await (const line of backupOrganisation(database.pool, organisationId, {
    includeCredentials: credentials,
  }))
    text += line;
  return text;
}

async function* linesOf(text: string) {
  for (const line of text.split('\n')) yield line;
  await Promise.resolve();
}

/** The backup with one line changed and its manifest made to match again (a careful forger). */
function forged(text: string, change: (line: string) => string): string {
  const lines = text.trimEnd().split('\n').slice(0, -1).map(change);
  const tables: Record<string, { rows: number; sha256: string }> = {};
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  for (const line of lines.slice(1)) {
    const table = (JSON.parse(line) as { table: string }).table;
    const hash = hashes.get(table) ?? createHash('sha256');
    hash.update(`${line}\n`);
    hashes.set(table, hash);
    tables[table] = { rows: (tables[table]?.rows ?? 0) + 1, sha256: '' };
  }
  for (const t of backupTables)
    tables[t.name] = {
      rows: tables[t.name]?.rows ?? 0,
      sha256: (hashes.get(t.name) ?? createHash('sha256')).digest('hex'),
    };
  const all = createHash('sha256')
    .update(lines.map((l) => `${l}\n`).join(''))
    .digest('hex');
  return `${[...lines, JSON.stringify({ manifest: { tables, sha256: all } })].join('\n')}\n`;
}

describe.each(databaseKinds)('organisation backup on %s', (kind) => {
  let source: Database;
  let organisationId: string;
  let assessmentId: string;

  beforeAll(async () => {
    source = await createTestDatabase(kind);
    const db = source.db;
    const org = await repo.createOrganisation(db, {
      nameZh: '备份市',
      nameEn: 'Backup City',
      country: 'CN',
      kind: 'city',
    });
    organisationId = org.id;
    const scope = { organisationId };
    const admin = await repo.createUser(db, {
      email: 'admin@backup.example',
      displayName: 'Admin',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    });
    await repo.setMembership(db, scope, admin.id, 'org_admin');
    await repo.createOwnStakeholderGroup(db, scope, {
      key: 'planners',
      nameZh: '规划师',
      nameEn: 'Planners',
    });
    const created = await repo.createAssessment(
      db,
      scope,
      {
        title: '基线 2026',
        modelId: 'mmssc',
        modelVersion: '1.0.0',
        method: 'single-stakeholder',
        assessedOn: '2026-11-01',
        createdBy: admin.id,
      },
      { name: '团队', userId: null, stakeholderGroup: 'planners' },
    );
    assessmentId = created.assessment.id;
    await db.transaction(async (tx) => {
      await repo.saveAnswers(
        tx,
        scope,
        created.respondent.id,
        [
          {
            characteristicId: '1.1.1',
            current: 2,
            target: 'unknown',
            evidence: [{ kind: 'text', body: '会议纪要，"引号"\n第二行' }],
          },
          { characteristicId: '1.10.1', current: 1, target: 2 },
        ],
        admin.id,
      );
      await repo.appendAssessmentEvent(tx, scope, assessmentId, {
        actorUserId: admin.id,
        action: 'ratings.save',
        details: { ratings: { '1.1.1': { current: 2, target: 'unknown' } } },
      });
    });
    const [evidence] = await db
      .insert(schema.evidence)
      .values({
        organisationId,
        respondentId: created.respondent.id,
        characteristicId: '1.2.1',
        kind: 'file',
        body: 'plan.pdf',
      })
      .returning();
    await db.insert(schema.evidenceFiles).values({
      evidenceId: evidence?.id ?? '',
      organisationId,
      mediaType: 'application/pdf',
      sizeBytes: 4,
      sha256: 'x',
      content: Buffer.from([0, 1, 2, 255]),
    });
    await repo.appendAudit(db, {
      actorUserId: admin.id,
      organisationId,
      action: 'organisation.update',
      outcome: 'success',
      ip: '127.0.0.1',
    });
    // Another organisation's data stays out of the backup.
    const other = await repo.createOrganisation(db, {
      nameZh: '别市',
      nameEn: 'Other',
      country: 'GB',
      kind: 'city',
    });
    await repo.createAssessment(
      db,
      { organisationId: other.id },
      {
        title: 'Other',
        modelId: 'mmssc',
        modelVersion: '1.0.0',
        method: 'single-stakeholder',
        assessedOn: '2026-11-01',
        createdBy: null,
      },
      { name: 'Team', userId: null, stakeholderGroup: null },
    );
  });
  afterAll(async () => {
    await source.close();
  });

  it('restores into an empty database, and backs up again to the very same text', async () => {
    const first = await backupText(source, organisationId);
    const target = await createTestDatabase(kind);
    try {
      const result = await restoreOrganisation(target.pool, linesOf(first), { passwordlessHash });
      expect(result.tables).toMatchObject({
        organisations: 1,
        users: 1,
        ratings: 2,
        evidence_files: 1,
        audit_log: 2,
      });
      expect(await backupText(target, organisationId)).toBe(first);
    } finally {
      await target.close();
    }
  });

  it('holds only the organisation’s own rows', async () => {
    const text = await backupText(source, organisationId);
    expect(text).not.toContain('"Other"');
    expect(text.split('\n').filter((l) => l.includes('"table":"assessments"'))).toHaveLength(1);
  });

  it('carries timestamps to the microsecond and file content as hex', async () => {
    const text = await backupText(source, organisationId);
    expect(text).toMatch(/"at": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{1,6}\+00:00"/);
    expect(text).toContain('"content": "\\\\x000102ff"');
  });

  it('leaves password hashes out unless asked, and never carries platform administration', async () => {
    const without = await backupText(source, organisationId);
    const withCredentials = await backupText(source, organisationId, true);
    expect(without).not.toContain('password_hash');
    expect(withCredentials).toContain('"password_hash": "$argon2id$');
    expect(withCredentials).not.toContain('is_platform_admin');
  });

  it('gives users of a backup without credentials a password no one has', async () => {
    const target = await createTestDatabase(kind);
    try {
      const result = await restoreOrganisation(
        target.pool,
        linesOf(await backupText(source, organisationId)),
        { passwordlessHash },
      );
      expect(result.usersWithoutPassword.map((u) => u.email)).toEqual(['admin@backup.example']);
      const user = await repo.findUserByEmail(target.db, 'admin@backup.example');
      expect(user?.passwordHash).toBe(passwordlessHash);
    } finally {
      await target.close();
    }
  });

  it('keeps the account of a user who has one here already, and points the rows at it', async () => {
    const target = await createTestDatabase(kind);
    try {
      const here = await repo.createUser(target.db, {
        email: 'admin@backup.example',
        displayName: 'Here',
        passwordHash: 'h',
      });
      const result = await restoreOrganisation(
        target.pool,
        linesOf(await backupText(source, organisationId)),
        { passwordlessHash },
      );
      expect(result.existingUsers.map((u) => u.id)).toEqual([here.id]);
      const members = await target.pool.query(
        'select user_id from memberships where organisation_id = $1',
        [organisationId],
      );
      expect(members.rows).toEqual([{ user_id: here.id }]);
    } finally {
      await target.close();
    }
  });

  it('refuses to restore an organisation the database has already', async () => {
    const error = await restoreOrganisation(
      source.pool,
      linesOf(await backupText(source, organisationId)),
      { passwordlessHash },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupRestoreError);
    expect((error as BackupRestoreError).code).toBe('organisation-exists');
  });

  it('refuses a damaged backup and restores nothing of it', async () => {
    const text = (await backupText(source, organisationId)).replace('"备份市"', '"改过的市"');
    const target = await createTestDatabase(kind);
    try {
      const error = await restoreOrganisation(target.pool, linesOf(text), {
        passwordlessHash,
      }).catch((e: unknown) => e);
      expect((error as BackupRestoreError).code).toBe('damaged');
      expect(
        (await target.pool.query('select count(*)::int as n from organisations')).rows,
      ).toEqual([{ n: 0 }]);
    } finally {
      await target.close();
    }
  });

  it('refuses a backup cut short', async () => {
    const text = await backupText(source, organisationId);
    const cut = text.split('\n').slice(0, 5).join('\n');
    const target = await createTestDatabase(kind);
    try {
      const error = await restoreOrganisation(target.pool, linesOf(cut), {
        passwordlessHash,
      }).catch((e: unknown) => e);
      expect((error as BackupRestoreError).code).toBe('damaged');
    } finally {
      await target.close();
    }
  });

  it('refuses a changed audit log entry even with a manifest made to match', async () => {
    const text = forged(await backupText(source, organisationId), (line) =>
      line.includes('"action": "ratings.save"')
        ? line.replace('"current": 2', '"current": 5')
        : line,
    );
    const target = await createTestDatabase(kind);
    try {
      const error = await restoreOrganisation(target.pool, linesOf(text), {
        passwordlessHash,
      }).catch((e: unknown) => e);
      expect((error as BackupRestoreError).code).toBe('chain-broken');
      expect((error as BackupRestoreError).details.assessment).toBe(assessmentId);
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup', async () => {
    const target = await createTestDatabase(kind);
    try {
      const error = await restoreOrganisation(target.pool, linesOf('hello\n'), {
        passwordlessHash,
      }).catch((e: unknown) => e);
      expect((error as BackupRestoreError).code).toBe('not-a-backup');
    } finally {
      await target.close();
    }
  });

  it('finds the organisation by id or by either name', async () => {
    const byName = await findBackupOrganisation(source.pool, 'backup city');
    const byChinese = await findBackupOrganisation(source.pool, '备份市');
    const byId = await findBackupOrganisation(source.pool, organisationId);
    expect([byName, byChinese, byId].map((r) => r.map((o) => o.id))).toEqual([
      [organisationId],
      [organisationId],
      [organisationId],
    ]);
  });

  it('covers every table of the schema, or says why not', async () => {
    const tables = await source.pool.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    const covered = new Set([
      ...backupTables.map((t) => t.name),
      ...Object.keys(tablesNotBackedUp),
    ]);
    expect(tables.rows.map((r) => r.table_name).filter((t) => !covered.has(t))).toEqual([]);
  });
});
