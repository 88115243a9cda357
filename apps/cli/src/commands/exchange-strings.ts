import type { LocalizedText } from '@citymaturity/model';
import type { Lang } from '../i18n.js';

/** The strings of the exchange commands (form, form-import, backup, restore), in both languages. */
const strings = {
  optSchemaFormat: {
    zh: '格式：assessment（评估交换格式）或 results（开放数据结果格式）',
    en: 'format: assessment (the exchange format) or results (the open-data results format)',
  },
  cmdForm: {
    zh: '生成附录 A 诊断表（XLSX，每个特征一行，现在水平 / 规划2年后的水平下拉选择）',
    en: 'write the Annex A diagnostic form (XLSX, one row per characteristic, drop-downs for the current and two-year levels)',
  },
  optOutput: { zh: '输出文件', en: 'output file' },
  optOutputOptional: {
    zh: '输出文件（默认输出到终端）',
    en: 'output file (default: standard output)',
  },
  cmdFormImport: {
    zh: '读取填好的诊断表（每个文件一位答卷人），输出评估交换格式文件，可用 validate / score 处理',
    en: 'read filled diagnostic forms (each file one respondent) into an exchange-format document that validate and score accept',
  },
  argForms: { zh: '填好的诊断表（.xlsx）', en: 'filled diagnostic forms (.xlsx)' },
  optDocFormat: { zh: '输出格式：yaml 或 json', en: 'output format: yaml or json' },
  optCity: {
    zh: '城市名称（默认使用诊断表中的城市）',
    en: 'name of the city (default: the city the forms were made for)',
  },
  optTitle: { zh: '评估标题', en: 'title of the assessment' },
  optMethod: {
    zh: '评估方法（默认：一份为 single-stakeholder，多份为 multi-stakeholder）',
    en: 'method (default: single-stakeholder for one form, multi-stakeholder for several)',
  },
  optDate: {
    zh: '评估日期 YYYY-MM-DD（默认：诊断表中最晚的日期）',
    en: 'date YYYY-MM-DD (default: the latest date on a form)',
  },
  needCity: {
    zh: '诊断表中没有城市名称：请用 --city 给出',
    en: 'the forms do not name the city: give it with --city',
  },
  formWritten: { zh: '已写入 {file}（{bytes} 字节）', en: 'wrote {file} ({bytes} bytes)' },
  formsRead: {
    zh: '已读取 {count} 份诊断表（{warnings} 个警告）',
    en: 'read {count} form(s) ({warnings} warning(s))',
  },
  formsInvalid: {
    zh: '诊断表中有 {count} 个错误：未输出任何内容',
    en: '{count} error(s) in the forms: nothing was written',
  },
  cmdBackup: {
    zh: '备份一个组织的全部数据（gzip 压缩的 JSON 行；直接读取数据库：DATABASE_URL 或数据目录）',
    en: 'back up everything of one organisation (gzip-compressed JSON lines; reads the database: DATABASE_URL or the data directory)',
  },
  optOrganisation: {
    zh: '组织编号或名称（中文或英文）',
    en: 'organisation id or name (Chinese or English)',
  },
  optCredentials: {
    zh: '包含用户的密码哈希（恢复后可用原密码登录；请妥善保管备份文件）',
    en: "include the users' password hashes (they sign in as before after a restore; keep the file safe)",
  },
  cmdRestore: {
    zh: '从备份文件恢复一个组织（全部成功或全部不做）',
    en: 'restore an organisation from a backup file (all or nothing)',
  },
  argBackup: { zh: '备份文件', en: 'backup file' },
  progressTable: { zh: '{table}：{rows} 行', en: '{table}: {rows} row(s)' },
  progressRows: { zh: '{table}：已处理 {rows} 行…', en: '{table}: {rows} rows so far…' },
  backupWritten: {
    zh: '已将 {name} 的备份写入 {file}（{bytes} 字节，SHA-256 {sha256}）',
    en: 'wrote the backup of {name} to {file} ({bytes} bytes, SHA-256 {sha256})',
  },
  restored: {
    zh: '已恢复 {name}（{id}）：{rows} 行',
    en: 'restored {name} ({id}): {rows} rows',
  },
  setupLink: {
    zh: '{email} 需通过此链接设置密码（{expires} 前有效）：{link}',
    en: '{email} sets a password through this link (valid until {expires}): {link}',
  },
  existingUser: {
    zh: '{email} 在此已有账户，保留原账户',
    en: '{email} already has an account here: kept as it is',
  },
  skippedRows: {
    zh: '未恢复 {table} 的 {rows} 行：所属联盟不在此安装中',
    en: 'left out {rows} row(s) of {table}: their consortium is not on this installation',
  },
  organisationNotFound: { zh: '没有这个组织', en: 'there is no such organisation' },
  organisationAmbiguous: {
    zh: '有多个组织叫这个名字，请使用编号：{list}',
    en: 'several organisations have this name; use the id: {list}',
  },
  databaseInUse: {
    zh: '数据库正被运行中的 CityMaturity 服务器使用：请先停止服务器，或通过 DATABASE_URL 连接 PostgreSQL',
    en: 'the database is in use by a running CityMaturity server: stop it first, or reach PostgreSQL through DATABASE_URL',
  },
  restoreRefused: { zh: '无法恢复：{reason}', en: 'cannot restore: {reason}' },
  'not-a-backup': {
    zh: '该文件不是 CityMaturity 备份',
    en: 'the file is not a CityMaturity backup',
  },
  'newer-schema': {
    zh: '该备份由更新版本的 CityMaturity 生成（数据库 {schema}）：请先升级本安装',
    en: 'the backup was made by a newer version of CityMaturity (database {schema}): update this installation first',
  },
  damaged: {
    zh: '备份文件已损坏或不完整（{why}）：未恢复任何内容',
    en: 'the backup is damaged or incomplete ({why}): nothing was restored',
  },
  'organisation-exists': {
    zh: '该数据库中已有此组织（{organisation}）：请恢复到没有它的数据库',
    en: 'the organisation ({organisation}) exists in this database already: restore into a database without it',
  },
  'audit-log-exists': {
    zh: '该数据库的审计日志中已有此组织（{organisation}）的记录（审计日志只能追加）：请恢复到其他数据库',
    en: 'the audit log of this database already holds entries of the organisation ({organisation}) and is append-only: restore into another database',
  },
  'chain-broken': {
    zh: '评估 {assessment} 的哈希链在第 {seq} 条断开：备份被改动过，未恢复任何内容',
    en: 'the hash chain of assessment {assessment} breaks at entry {seq}: the backup was changed; nothing was restored',
  },
} satisfies Record<string, LocalizedText>;

/** A string of the exchange commands in the chosen language, with `{name}` placeholders filled in. */
export function x(
  key: keyof typeof strings,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
