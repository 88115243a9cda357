import { findingProblem, type FindingProblem } from '@citymaturity/core';
import type { ModelIndex } from '@citymaturity/model';
import type { AuditFinding, AuditVerdict, EvidenceItem, FindingInput } from '../../api/audit.js';

// The rules of the audit pages that are not drawing: the work list, the finding being edited,
// the evidence grouped by where it comes from, what the public verification accepts.

/** Where a characteristic stands in the audit: its verdict, or not reviewed yet. */
export type FindingStatus = AuditVerdict | 'open';

export function findingStatus(finding: AuditFinding | undefined): FindingStatus {
  return finding ? finding.verdict : 'open';
}

/** One dimension of the work list with its characteristics in model order. */
export interface WorkListGroup {
  dimensionId: string;
  characteristicIds: string[];
}

/** The characteristics of the model grouped by dimension, in reading order. */
export function workListGroups(model: ModelIndex): WorkListGroup[] {
  const groups: WorkListGroup[] = [];
  for (const c of model.characteristics) {
    const last = groups[groups.length - 1];
    if (last?.dimensionId === c.dimensionId) last.characteristicIds.push(c.id);
    else groups.push({ dimensionId: c.dimensionId, characteristicIds: [c.id] });
  }
  return groups;
}

/**
 * The characteristic to show: the one asked for when the model has it, else the first without a
 * finding (where the auditor carries on), else the first.
 */
export function selectedCharacteristic(
  model: ModelIndex,
  findings: Readonly<Record<string, AuditFinding>>,
  asked: string | undefined,
): string | undefined {
  if (asked && model.characteristicById.has(asked)) return asked;
  const open = model.characteristics.find((c) => !findings[c.id]);
  return open?.id ?? model.characteristics[0]?.id;
}

/** The characteristics before and after one, in model order. */
export function neighboursOf(
  model: ModelIndex,
  id: string,
): { previous: string | undefined; next: string | undefined } {
  const i = model.characteristics.findIndex((c) => c.id === id);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: model.characteristics[i - 1]?.id, next: model.characteristics[i + 1]?.id };
}

/** The next characteristic after this one (wrapping round) that has no finding yet, if any. */
export function nextOpen(
  model: ModelIndex,
  findings: Readonly<Record<string, AuditFinding>>,
  id: string,
): string | undefined {
  const list = model.characteristics;
  const start = list.findIndex((c) => c.id === id);
  for (let step = 1; step < list.length; step++) {
    const c = list[(start + step) % list.length];
    if (c && c.id !== id && !findings[c.id]) return c.id;
  }
  return undefined;
}

/** The finding being edited: a verdict still to choose, levels as chosen, the reason as typed. */
export interface FindingDraft {
  verdict: AuditVerdict | null;
  adjustedCurrent: number | null;
  adjustedTarget: number | null;
  reason: string;
}

export function draftOf(finding: AuditFinding | null | undefined): FindingDraft {
  return finding
    ? {
        verdict: finding.verdict,
        adjustedCurrent: finding.adjustedCurrent,
        adjustedTarget: finding.adjustedTarget,
        reason: finding.reason,
      }
    : { verdict: null, adjustedCurrent: null, adjustedTarget: null, reason: '' };
}

/** True when the draft differs from the stored finding (what saving would change). */
export function draftChanged(
  draft: FindingDraft,
  finding: AuditFinding | null | undefined,
): boolean {
  if (!finding) return draft.verdict !== null || draft.reason.trim() !== '';
  if (!draft.verdict) return true;
  const input = inputOf({ ...draft, verdict: draft.verdict }, 0);
  return (
    input.verdict !== finding.verdict ||
    input.adjustedCurrent !== finding.adjustedCurrent ||
    input.adjustedTarget !== finding.adjustedTarget ||
    input.reason !== finding.reason.trim()
  );
}

/** What is missing before the draft can be saved: a verdict, or the core's rule of findings. */
export type DraftProblem = 'verdict-required' | FindingProblem;

/**
 * The request body of a draft, from the version the edit started from: levels are sent only for
 * `adjusted` (a level chosen before switching to another verdict is dropped), the reason trimmed.
 */
export function inputOf(
  draft: FindingDraft & { verdict: AuditVerdict },
  version: number,
): FindingInput {
  const adjusted = draft.verdict === 'adjusted';
  return {
    verdict: draft.verdict,
    adjustedCurrent: adjusted ? draft.adjustedCurrent : null,
    adjustedTarget: adjusted ? draft.adjustedTarget : null,
    reason: draft.reason.trim(),
    version,
  };
}

/** Why the draft cannot be saved yet, or null (the same rule the server applies). */
export function draftProblem(draft: FindingDraft): DraftProblem | null {
  if (!draft.verdict) return 'verdict-required';
  return findingProblem(inputOf({ ...draft, verdict: draft.verdict }, 0));
}

/** Evidence grouped by what it supports: each respondent's rating, the workshop's consensus. */
export interface EvidenceGroup {
  key: string;
  kind: 'respondent' | 'consensus';
  /** The respondent's name (empty for the consensus). */
  name: string;
  stakeholderGroup: string | null;
  items: EvidenceItem[];
}

/** The evidence of a characteristic grouped by source: the consensus first, then respondents by name. */
export function groupEvidence(items: readonly EvidenceItem[]): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const item of items) {
    const target = item.attachedTo;
    const key = target.kind === 'consensus' ? 'consensus' : `respondent:${target.respondentId}`;
    let group = groups.get(key);
    if (!group) {
      group =
        target.kind === 'consensus'
          ? { key, kind: 'consensus', name: '', stakeholderGroup: null, items: [] }
          : {
              key,
              kind: 'respondent',
              name: target.name,
              stakeholderGroup: target.stakeholderGroup,
              items: [],
            };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) =>
    a.kind !== b.kind ? (a.kind === 'consensus' ? -1 : 1) : a.name.localeCompare(b.name),
  );
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const digestPattern = /^[0-9a-f]{64}$/i;

/**
 * What the public verification accepts, from what a person typed or pasted: an assessment id or a
 * SHA-256 digest (spaces and a pasted "sha256:" prefix removed, lower case); undefined otherwise.
 */
export function normaliseIdOrDigest(value: string): string | undefined {
  const cleaned = value
    .trim()
    .replace(/^sha-?256:/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  return uuidPattern.test(cleaned) || digestPattern.test(cleaned) ? cleaned : undefined;
}

/** The token of an account setup link from the page address's fragment (`#<token>`), if any. */
export function setupTokenOf(hash: string): string | undefined {
  const token = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return token === '' ? undefined : token;
}
