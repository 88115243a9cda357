import {
  evidenceMethodIds,
  type EvidenceMethodId,
  type LocalizedText,
  type ModelIndex,
} from '@citymaturity/model';

/** What decides an assessment's evidence method: how it was gathered, and whether an audit confirmed it. */
export interface EvidenceMethodState {
  /** The assessment's method (single-stakeholder, multi-stakeholder or facilitated-workshop). */
  method: string;
  /** True once an external auditor has issued an audit statement on the submitted assessment. */
  audited: boolean;
}

function isEvidenceMethodId(value: string): value is EvidenceMethodId {
  return (evidenceMethodIds as readonly string[]).includes(value);
}

/**
 * The evidence-gathering method of ISO/TS 37107 5.1 a result rests on: external audit once an
 * audit statement is issued, else the method the assessment was run with (an unknown method counts
 * as the lowest, a single stakeholder's view).
 */
export function evidenceMethodOf(state: EvidenceMethodState): EvidenceMethodId {
  if (state.audited) return 'external-audit';
  return isEvidenceMethodId(state.method) ? state.method : 'single-stakeholder';
}

/** The confidence badge of a result: its evidence method and where it stands on the standard's scale. */
export interface EvidenceMethodBadge {
  id: EvidenceMethodId;
  /** 1 (single stakeholder's view: lowest cost and confidence) … `ranks` (external audit: highest). */
  rank: number;
  /** Number of methods on the scale (5 for ISO/TS 37107). */
  ranks: number;
  name: LocalizedText;
  relativeCost: 'lowest' | 'low' | 'medium' | 'high' | 'highest';
  relativeConfidence: 'lowest' | 'low' | 'medium' | 'high' | 'highest';
}

const scale = ['lowest', 'low', 'medium', 'high', 'highest'] as const;

/**
 * The badge of an assessment's evidence method, from the model pack's `evidence_methods` (rank,
 * name, relative cost and confidence). A pack without them gets the standard's order of the five
 * methods, named by their ids.
 */
export function evidenceMethodBadge(
  model: ModelIndex,
  state: EvidenceMethodState,
): EvidenceMethodBadge {
  const id = evidenceMethodOf(state);
  const methods = model.pack.evidence_methods ?? [];
  const declared = methods.find((m) => m.id === id);
  if (declared) {
    return {
      id,
      rank: declared.rank,
      ranks: methods.length,
      name: declared.name,
      relativeCost: declared.relative_cost,
      relativeConfidence: declared.relative_confidence,
    };
  }
  const index = evidenceMethodIds.indexOf(id);
  const level = scale[Math.min(index, scale.length - 1)] ?? 'lowest';
  return {
    id,
    rank: index + 1,
    ranks: evidenceMethodIds.length,
    name: { zh: id, en: id },
    relativeCost: level,
    relativeConfidence: level,
  };
}
