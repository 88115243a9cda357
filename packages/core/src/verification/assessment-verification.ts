import type { LocalizedText } from '@citymaturity/model';
import { verifyChain, type ChainBreak, type ChainEntry, type ChainHead } from './chain.js';
import {
  firstAnswerDifference,
  replayAnswers,
  type AnswerDifference,
  type MeasuresRecord,
} from './replay.js';
import { firstDifference, type JsonDifference } from './snapshot.js';

/** A chain entry as the verification reads it: its link fields and what it recorded. */
export interface VerifiableChainEntry extends ChainEntry {
  action: string;
  targetId: string | null;
  details: unknown;
}

/** A submitted assessment's stored snapshot next to the same document rebuilt from the live rows. */
export interface SnapshotComparison {
  /** The digest stored with the snapshot. */
  storedDigest: string;
  /** SHA-256 of the stored canonical JSON text (it must equal the stored digest). */
  storedTextDigest: string;
  /**
   * The stored canonical JSON, parsed: asked for only when the digests differ (to find where the
   * content changed), since equal digests mean equal documents.
   */
  storedDocument: () => unknown;
  /** The snapshot document rebuilt now from the tables, and the SHA-256 of its canonical JSON. */
  rebuiltDocument: unknown;
  rebuiltDigest: string;
}

/** What is checked: the chain, the answers stored in the tables, and (once submitted) the snapshot. */
export interface VerificationInput {
  chain: { entries: readonly VerifiableChainEntry[]; head: ChainHead };
  /** The answers in the tables now, keyed by {@link answerKey} (respondent id or `consensus`). */
  storedAnswers: ReadonlyMap<string, MeasuresRecord>;
  /** Null while the assessment is a draft (no snapshot yet). */
  snapshot: SnapshotComparison | null;
  /** Respondents' names by id, to name them in messages. */
  respondentNames?: ReadonlyMap<string, string>;
}

/** The chain's first broken link, with the entry's action and a message. */
export interface ChainBreakReport extends ChainBreak {
  action: string | null;
  message: LocalizedText;
}

/**
 * What is wrong with the snapshot:
 * - `content-changed`: the live rows no longer give the submitted document (see `firstDifference`);
 * - `stored-snapshot-altered`: the stored text no longer hashes to the stored digest;
 * - `digest-not-recorded`: the chain does not record this digest at submission (the stored
 *   snapshot was replaced).
 */
export type SnapshotProblem = 'content-changed' | 'stored-snapshot-altered' | 'digest-not-recorded';

export interface SnapshotReport {
  ok: boolean;
  /** The digest of the document rebuilt from the live rows. */
  digest: string;
  storedDigest: string;
  /** The digest the chain recorded when the snapshot was taken, or null. */
  recordedDigest: string | null;
  problem: SnapshotProblem | null;
  firstDifference: (JsonDifference & { message: LocalizedText }) | null;
  message: LocalizedText;
}

export interface AnswersReport {
  ok: boolean;
  /** Answers compared (respondents' ratings and consensus items). */
  checked: number;
  firstDifference: (AnswerDifference & { message: LocalizedText }) | null;
  message: LocalizedText;
}

/** The verification of an assessment: the chain, the snapshot and the answers, first problem first. */
export interface AssessmentVerification {
  ok: boolean;
  chain: {
    ok: boolean;
    length: number;
    head: ChainHead;
    firstBroken: ChainBreakReport | null;
    message: LocalizedText;
  };
  snapshot: SnapshotReport | null;
  answers: AnswersReport;
  /** The first problem found (chain, then snapshot, then answers), or that all is unchanged. */
  message: LocalizedText;
}

/** Actions of the chain that record a snapshot's digest (`details.digest`). */
export const snapshotEventActions = ['assessment.submit', 'assessment.snapshot'] as const;

const show = (value: unknown): string =>
  value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

function chainBreakMessage(brk: ChainBreak, action: string | null, entries: number): LocalizedText {
  const entry = {
    zh: `第 ${String(brk.seq)} 条记录${action ? `（${action}，日志行 ${String(brk.entryId)}）` : ''}`,
    en: `entry ${String(brk.seq)}${action ? ` (${action}, log row ${String(brk.entryId)})` : ''}`,
  };
  switch (brk.reason) {
    case 'missing-entry':
      return {
        zh: `哈希链在第 ${String(brk.seq)} 条记录处断开：该记录已不存在`,
        en: `The hash chain breaks at entry ${String(brk.seq)}: the entry is missing`,
      };
    case 'altered-entry':
      return {
        zh: `哈希链在${entry.zh}处断开：该记录写入后被修改，内容与其哈希不符`,
        en: `The hash chain breaks at ${entry.en}: the entry was changed after it was written (its content no longer matches its hash)`,
      };
    case 'broken-link':
      return {
        zh: `哈希链在${entry.zh}处断开：它与前一条记录的链接不符（前一条被替换，或本条是插入的）`,
        en: `The hash chain breaks at ${entry.en}: it does not link to the entry before it (that one was replaced, or this one inserted)`,
      };
    case 'head-mismatch':
      return {
        zh: `哈希链只有 ${String(entries)} 条记录，而记录的链头是第 ${String(brk.seq)} 条：最后的记录被删除，或链头被修改`,
        en: `The hash chain has ${String(entries)} entries but its recorded head is entry ${String(brk.seq)}: its last entries were removed, or the head was changed`,
      };
  }
}

const measureNames = {
  current: { zh: '现在水平', en: 'current level' },
  target: { zh: '2年规划水平', en: 'two-year target' },
};

function answerDifferenceMessage(
  d: AnswerDifference,
  names: ReadonlyMap<string, string> | undefined,
): LocalizedText {
  const name = names?.get(d.owner);
  const owner =
    d.owner === 'consensus'
      ? { zh: '共识', en: 'the consensus' }
      : {
          zh: `答卷人 ${name ? `“${name}”（${d.owner}）` : d.owner}`,
          en: `respondent ${name ? `“${name}” (${d.owner})` : d.owner}`,
        };
  const measure = measureNames[d.measure];
  return {
    zh: `${owner.zh}对特征 ${d.characteristicId} 的${measure.zh}存储为 ${show(d.stored)}，而哈希链最后记录的是 ${show(d.recorded)}`,
    en: `The ${measure.en} of characteristic ${d.characteristicId} stored for ${owner.en} is ${show(d.stored)}, but the hash chain last recorded ${show(d.recorded)}`,
  };
}

function recordedDigestOf(entries: readonly VerifiableChainEntry[]): string | null {
  let digest: string | null = null;
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (!(snapshotEventActions as readonly string[]).includes(entry.action)) continue;
    const value = (entry.details as { digest?: unknown } | null)?.digest;
    if (typeof value === 'string') digest = value;
  }
  return digest;
}

function verifySnapshot(
  comparison: SnapshotComparison,
  entries: readonly VerifiableChainEntry[],
): SnapshotReport {
  const recordedDigest = recordedDigestOf(entries);
  const base = {
    digest: comparison.rebuiltDigest,
    storedDigest: comparison.storedDigest,
    recordedDigest,
  };
  if (comparison.storedTextDigest !== comparison.storedDigest)
    return {
      ...base,
      ok: false,
      problem: 'stored-snapshot-altered',
      firstDifference: null,
      message: {
        zh: '存储的快照被改动：其文本的 SHA-256 与存储的摘要不符',
        en: 'The stored snapshot was altered: the SHA-256 of its text does not match the stored digest',
      },
    };
  if (recordedDigest !== comparison.storedDigest)
    return {
      ...base,
      ok: false,
      problem: 'digest-not-recorded',
      firstDifference: null,
      message: {
        zh: `哈希链在提交时记录的摘要（${recordedDigest ?? '无'}）与存储的快照摘要不符：快照被替换`,
        en: `The digest the hash chain recorded at submission (${recordedDigest ?? 'none'}) is not the stored snapshot's: the snapshot was replaced`,
      },
    };
  if (comparison.rebuiltDigest !== comparison.storedDigest) {
    const difference = firstDifference(comparison.storedDocument(), comparison.rebuiltDocument);
    const path = difference?.path ?? '';
    const changed = difference
      ? {
          ...difference,
          message: {
            zh: `提交后的内容在 ${path} 处被改动：快照中为 ${show(difference.expected)}，现在为 ${show(difference.actual)}`,
            en: `The submitted content was changed at ${path}: the snapshot has ${show(difference.expected)}, the tables now ${show(difference.actual)}`,
          },
        }
      : null;
    return {
      ...base,
      ok: false,
      problem: 'content-changed',
      firstDifference: changed,
      message: changed?.message ?? {
        zh: '根据现有数据重建的快照摘要与提交时不同',
        en: 'The snapshot rebuilt from the tables has another digest than the submitted one',
      },
    };
  }
  return {
    ...base,
    ok: true,
    problem: null,
    firstDifference: null,
    message: {
      zh: `快照未变：现有数据重建的摘要与提交时相同（${comparison.storedDigest}）`,
      en: `The snapshot is unchanged: the tables give the submitted digest (${comparison.storedDigest})`,
    },
  };
}

/**
 * Verifies an assessment's records: the hash chain from its first entry (first broken link), the
 * snapshot of a submitted assessment against the same document rebuilt from the live rows (and
 * against the digest the chain recorded), and the stored answers against the answers the chain
 * recorded (replay). Every part reports its first problem precisely, with a message in Chinese
 * and English; `ok` only when all agree.
 */
export function verifyAssessmentRecords(input: VerificationInput): AssessmentVerification {
  const { entries, head } = input.chain;
  const chainResult = verifyChain(entries, head);
  const brk = chainResult.firstBreak;
  const brokenEntry =
    brk?.entryId === null ? undefined : entries.find((e) => e.id === brk?.entryId);
  const chain = {
    ok: chainResult.ok,
    length: chainResult.entries,
    head,
    firstBroken: brk
      ? {
          ...brk,
          action: brokenEntry?.action ?? null,
          message: chainBreakMessage(brk, brokenEntry?.action ?? null, chainResult.entries),
        }
      : null,
    message: brk
      ? chainBreakMessage(brk, brokenEntry?.action ?? null, chainResult.entries)
      : {
          zh: `哈希链完整（${String(chainResult.entries)} 条记录）`,
          en: `The hash chain is intact (${String(chainResult.entries)} entries)`,
        },
  };
  const snapshot = input.snapshot ? verifySnapshot(input.snapshot, entries) : null;
  const recorded = replayAnswers(entries);
  const answerDifference = firstAnswerDifference(recorded, input.storedAnswers);
  let checked = recorded.size;
  for (const key of input.storedAnswers.keys()) if (!recorded.has(key)) checked += 1;
  const answers: AnswersReport = answerDifference
    ? {
        ok: false,
        checked,
        firstDifference: {
          ...answerDifference,
          message: answerDifferenceMessage(answerDifference, input.respondentNames),
        },
        message: answerDifferenceMessage(answerDifference, input.respondentNames),
      }
    : {
        ok: true,
        checked,
        firstDifference: null,
        message: {
          zh: `存储的 ${String(checked)} 项答案与哈希链记录的一致`,
          en: `The ${String(checked)} stored answers are those the hash chain recorded`,
        },
      };
  const ok = chain.ok && (snapshot?.ok ?? true) && answers.ok;
  const message: LocalizedText = !chain.ok
    ? chain.message
    : snapshot && !snapshot.ok
      ? snapshot.message
      : !answers.ok
        ? answers.message
        : snapshot
          ? {
              zh: `自提交以来未被改动：哈希链（${String(chain.length)} 条记录）、快照和存储的答案全部一致`,
              en: `Unchanged since submission: the hash chain (${String(chain.length)} entries), the snapshot and the stored answers all agree`,
            }
          : {
              zh: `记录完整：哈希链（${String(chain.length)} 条记录）与存储的答案一致（评估尚未提交，还没有快照）`,
              en: `The records agree: the hash chain (${String(chain.length)} entries) and the stored answers (not submitted yet, so no snapshot)`,
            };
  return { ok, chain, snapshot, answers, message };
}
