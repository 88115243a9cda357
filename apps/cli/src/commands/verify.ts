import type { LocalizedText } from '@citymaturity/model';
import {
  verificationSubject,
  verifyStoredAssessment,
  type AssessmentVerificationReport,
} from '@citymaturity/server';
import { InvalidArgumentError } from 'commander';
import { CliError, exitCodes } from '../cli-error.js';
import type { Lang } from '../i18n.js';
import type { Output } from '../output.js';

// `citymaturity verify`: the verification of an assessment (hash chain, snapshot, answers, audit)
// read straight from the database, for operators and auditors with access to it.

const strings = {
  badSubject: {
    zh: '需要评估编号（UUID）或快照摘要（64 位十六进制）',
    en: 'an assessment id (UUID) or a snapshot digest (64 hex digits) is needed',
  },
  notFound: {
    zh: '没有这个评估（或这个摘要的快照）',
    en: 'there is no such assessment (or snapshot with this digest)',
  },
  databaseInUse: {
    zh: '数据库正被运行中的 CityMaturity 服务器使用：请先停止服务器，或通过 DATABASE_URL 连接 PostgreSQL',
    en: 'the database is in use by a running CityMaturity server: stop it first, or reach PostgreSQL through DATABASE_URL',
  },
  assessment: { zh: '评估', en: 'Assessment' },
  chain: { zh: '哈希链', en: 'Hash chain' },
  snapshot: { zh: '快照', en: 'Snapshot' },
  answers: { zh: '答案', en: 'Answers' },
  audit: { zh: '外部审核', en: 'External audit' },
  noSnapshot: { zh: '尚未提交，没有快照', en: 'not submitted yet: no snapshot' },
  noAudit: { zh: '无', en: 'none' },
  inProgress: { zh: '进行中', en: 'in progress' },
  issued: { zh: '已发布', en: 'issued' },
  ok: { zh: '通过', en: 'OK' },
  broken: { zh: '未通过', en: 'BROKEN' },
} satisfies Record<string, LocalizedText>;

/** Commander's parser of the argument: a usage error (exit 2, with help) when it is neither. */
export function parseVerificationSubject(lang: Lang) {
  return (value: string) => {
    const subject = verificationSubject(value);
    if (!subject) throw new InvalidArgumentError(strings.badSubject[lang]);
    return subject;
  };
}

/** The report as text, one line per part, the first problem of each named. */
export function renderVerification(report: AssessmentVerificationReport, lang: Lang): string {
  const mark = (ok: boolean) => (ok ? `✔ ${strings.ok[lang]}` : `✘ ${strings.broken[lang]}`);
  const a = report.assessment;
  const audit = report.audit;
  const lines = [
    `${mark(report.ok)}  ${report.message[lang]}`,
    '',
    `${strings.assessment[lang]}: ${a.title} (${a.id}) · ${a.method} · ${a.status}${a.submittedAt ? ` ${a.submittedAt}` : ''}`,
    `${strings.chain[lang]}: ${mark(report.chain.ok)} · ${report.chain.message[lang]} · head ${String(report.chain.head.seq)} ${report.chain.head.hash}`,
    report.snapshot
      ? `${strings.snapshot[lang]}: ${mark(report.snapshot.ok)} · ${report.snapshot.message[lang]} · ${report.snapshot.storedDigest}`
      : `${strings.snapshot[lang]}: ${strings.noSnapshot[lang]}`,
    `${strings.answers[lang]}: ${mark(report.answers.ok)} · ${report.answers.message[lang]}`,
    audit
      ? `${strings.audit[lang]}: ${audit.status === 'issued' ? strings.issued[lang] : strings.inProgress[lang]} · ${audit.auditor.name}${audit.auditor.organisation ? ` (${audit.auditor.organisation})` : ''}${audit.issuedAt ? ` · ${audit.issuedAt}` : ''} · confirmed ${String(audit.summary.confirmed)}, adjusted ${String(audit.summary.adjusted)}, insufficient evidence ${String(audit.summary['insufficient-evidence'])}`
      : `${strings.audit[lang]}: ${strings.noAudit[lang]}`,
  ];
  return lines.join('\n');
}

/**
 * `citymaturity verify <assessment-id|digest> [--json]`: exit 0 when the records agree, 1 when
 * something is broken (the first broken link named) or there is no such assessment.
 */
export async function verifyCommand(
  subject: { assessmentId: string } | { digest: string },
  options: { lang: Lang; json?: boolean },
  out: Output,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  let report: AssessmentVerificationReport | undefined;
  try {
    report = await verifyStoredAssessment(subject, env);
  } catch (error) {
    if (error instanceof Error && error.name === 'DataDirectoryInUseError')
      throw new CliError(strings.databaseInUse[options.lang], exitCodes.badInput);
    throw error;
  }
  if (!report) throw new CliError(strings.notFound[options.lang], exitCodes.badInput);
  if (options.json) out.stdout(JSON.stringify(report, null, 2));
  else (report.ok ? out.stdout : out.stderr)(renderVerification(report, options.lang));
  return report.ok ? exitCodes.ok : exitCodes.badInput;
}
