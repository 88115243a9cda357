/**
 * An entry of an assessment's hash chain as stored, with the hash recomputed from its stored
 * columns (the database computes it with the same function that wrote it).
 */
export interface ChainEntry {
  /** The audit log row's id. */
  id: number;
  seq: number;
  prevHash: string;
  hash: string;
  recomputedHash: string;
}

/** The head of the chain kept on the assessment: the last entry's sequence number and hash. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * How the chain is broken at its first broken link:
 * - `missing-entry`: an entry of this sequence number is gone;
 * - `altered-entry`: the entry's content no longer matches its hash;
 * - `broken-link`: the entry does not point to the hash of the entry before it (that one was
 *   changed and re-hashed, or this one was inserted);
 * - `head-mismatch`: the last entries were removed, or the head was changed.
 */
export type ChainBreakReason = 'missing-entry' | 'altered-entry' | 'broken-link' | 'head-mismatch';

/** The first broken link of a chain: where (sequence number, log row) and how. */
export interface ChainBreak {
  seq: number;
  entryId: number | null;
  reason: ChainBreakReason;
}

/** The result of checking a chain. */
export interface ChainVerification {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  firstBreak: ChainBreak | null;
}

/**
 * Checks a hash chain from its first entry: sequence numbers 1, 2, 3 … without gaps, each entry's
 * hash matching its content, each entry pointing to the hash of the one before (empty for the
 * first), and the head matching the last entry. Reports the first broken link.
 */
export function verifyChain(entries: readonly ChainEntry[], head: ChainHead): ChainVerification {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq || a.id - b.id);
  let previousHash = '';
  let expectedSeq = 1;
  const broken = (seq: number, entryId: number | null, reason: ChainBreakReason) => ({
    ok: false,
    entries: sorted.length,
    firstBreak: { seq, entryId, reason },
  });
  for (const entry of sorted) {
    if (entry.seq !== expectedSeq) return broken(expectedSeq, null, 'missing-entry');
    if (entry.recomputedHash !== entry.hash) return broken(entry.seq, entry.id, 'altered-entry');
    if (entry.prevHash !== previousHash) return broken(entry.seq, entry.id, 'broken-link');
    previousHash = entry.hash;
    expectedSeq += 1;
  }
  if (head.seq !== sorted.length || head.hash !== previousHash)
    return broken(head.seq, null, 'head-mismatch');
  return { ok: true, entries: sorted.length, firstBreak: null };
}
