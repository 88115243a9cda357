import type { MaturityModelPack } from '@citymaturity/model';
import type { EvidenceMethodBadgeData } from '../api/audit.js';

/**
 * The confidence badge of an assessment from the model pack (the same rule as the core's
 * `evidenceMethodBadge`, kept here so that the pages do not load the pack's schema code): external
 * audit once an audit statement is issued, else the method it was run with; undefined when the
 * pack does not describe that method.
 */
export function evidenceMethodBadgeOf(
  pack: MaturityModelPack,
  state: { method: string; audited: boolean },
): EvidenceMethodBadgeData | undefined {
  const id = state.audited ? 'external-audit' : state.method;
  const methods = pack.evidence_methods ?? [];
  const method = methods.find((m) => m.id === id);
  if (!method) return undefined;
  return {
    id: method.id,
    rank: method.rank,
    ranks: methods.length,
    name: method.name,
    relativeCost: method.relative_cost,
    relativeConfidence: method.relative_confidence,
  };
}
