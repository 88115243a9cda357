// What a backup of an organisation holds, table by table, in the order a restore inserts them
// (parents before children), each with the rows of the organisation and a canonical order.

/** One table of the backup. */
export interface BackupTable {
  name: string;
  /** SQL condition selecting the organisation's rows (`$1` is the organisation id; alias `t`). */
  where: string;
  /** Canonical order: the primary key (text compared byte by byte, so every server sorts alike). */
  orderBy: string;
  /** Columns left out of the backup (generated again on restore). */
  omit?: readonly string[];
  /** Columns that hold a user id (a foreign key to users): remapped on restore when needed. */
  userColumns?: readonly string[];
  /** Rows fetched at a time (small for tables holding file content). */
  batch?: number;
}

const org = 't.organisation_id = $1';

/**
 * The tables of an organisation's data. `users` is selected by the user columns of the others
 * (members, respondents with an account, authors, external auditors): see referencedUsersSql.
 * Not carried: sessions, rate limits, first-start setup links and account setup links (the
 * restore issues new ones), and other organisations' rows (another member's share of a
 * consortium, the members of a consortium the organisation runs).
 */
export const backupTables: readonly BackupTable[] = [
  { name: 'organisations', where: 't.id = $1', orderBy: 't.id' },
  { name: 'users', where: 't.id in (select id from referenced_users)', orderBy: 't.id' },
  { name: 'memberships', where: org, orderBy: 't.user_id', userColumns: ['user_id'] },
  { name: 'stakeholder_groups', where: org, orderBy: 't.key collate "C"' },
  {
    name: 'assessments',
    where: org,
    orderBy: 't.id',
    userColumns: ['created_by', 'submitted_by', 'revealed_by'],
  },
  { name: 'respondents', where: org, orderBy: 't.id', userColumns: ['user_id'] },
  {
    name: 'ratings',
    where: org,
    orderBy: 't.respondent_id, t.characteristic_id collate "C"',
  },
  { name: 'evidence', where: org, orderBy: 't.id', userColumns: ['created_by'] },
  { name: 'evidence_files', where: org, orderBy: 't.evidence_id', batch: 4 },
  { name: 'invitations', where: org, orderBy: 't.id', userColumns: ['created_by'] },
  {
    name: 'consensus_items',
    where: org,
    orderBy: 't.assessment_id, t.characteristic_id collate "C"',
    userColumns: ['updated_by'],
  },
  {
    name: 'assessment_snapshots',
    where: org,
    orderBy: 't.assessment_id',
    userColumns: ['created_by'],
  },
  {
    name: 'assessment_grants',
    where: org,
    orderBy: 't.assessment_id, t.user_id',
    userColumns: ['user_id', 'created_by'],
  },
  { name: 'audits', where: org, orderBy: 't.assessment_id', userColumns: ['auditor_user_id'] },
  {
    name: 'audit_findings',
    where: org,
    orderBy: 't.assessment_id, t.characteristic_id collate "C"',
  },
  {
    name: 'consortia',
    where: 't.owner_organisation_id = $1',
    orderBy: 't.id',
    userColumns: ['created_by'],
  },
  {
    name: 'consortium_members',
    where: org,
    orderBy: 't.consortium_id',
    userColumns: ['joined_by'],
  },
  {
    name: 'consortium_shares',
    where: org,
    orderBy: 't.consortium_id, t.assessment_id',
    userColumns: ['shared_by'],
  },
  {
    name: 'improvement_stages',
    where: org,
    orderBy: 't.assessment_id, t.stage_id collate "C"',
    userColumns: ['updated_by'],
  },
  // The ISO 37106 operating-model workspace (issue 6), parents before children.
  {
    name: 'stakeholder_register',
    where: org,
    orderBy: 't.id',
    userColumns: ['updated_by'],
  },
  { name: 'city_principles', where: org, orderBy: 't.id', userColumns: ['updated_by'] },
  { name: 'principle_agreements', where: org, orderBy: 't.principle_id, t.stakeholder_id' },
  {
    name: 'recommendation_progress',
    where: org,
    orderBy: 't.recommendation_id collate "C"',
    userColumns: ['updated_by'],
  },
  { name: 'policy_products', where: org, orderBy: 't.id', userColumns: ['updated_by'] },
  { name: 'roadmap_initiatives', where: org, orderBy: 't.id', userColumns: ['updated_by'] },
  {
    name: 'initiative_lifts',
    where: org,
    orderBy: 't.initiative_id, t.characteristic_id collate "C"',
  },
  { name: 'benefit_nodes', where: org, orderBy: 't.id', userColumns: ['updated_by'] },
  { name: 'benefit_links', where: org, orderBy: 't.from_node_id, t.to_node_id' },
  { name: 'kpis', where: org, orderBy: 't.id', userColumns: ['updated_by'] },
  {
    name: 'kpi_actuals',
    where: org,
    orderBy: 't.kpi_id, t.observed_on',
    userColumns: ['recorded_by'],
  },
  {
    name: 'programme_reviews',
    where: org,
    orderBy: 't.id',
    userColumns: ['created_by', 'updated_by'],
  },
  {
    name: 'programme_review_ratings',
    where: org,
    orderBy: 't.review_id, t.item_id collate "C"',
  },
  { name: 'risks', where: org, orderBy: 't.id', userColumns: ['updated_by'] },
  // The audit log last, in the order it was written: its `id` is the installation's sequence and
  // is given anew on restore (the hash chain does not include it; their order is kept).
  { name: 'audit_log', where: org, orderBy: 't.id', omit: ['id'] },
];

/** Tables that are not an organisation's data, and why, for the test that every table is covered. */
export const tablesNotBackedUp: Readonly<Record<string, string>> = {
  sessions: 'sign-in sessions of this installation',
  setup_tokens: 'one-time setup links of this installation',
  rate_limits: 'counters of this installation',
};

/**
 * A common table expression `referenced_users(id)`: every user a row of the organisation points
 * to (members, respondents with an account, authors, external auditors).
 */
export function referencedUsersSql(): string {
  const selects = backupTables.flatMap((table) =>
    (table.userColumns ?? []).map(
      (column) =>
        `select t.${column} as id from ${table.name} t where ${table.where} and t.${column} is not null`,
    ),
  );
  return `referenced_users(id) as (${selects.join(' union ')})`;
}
