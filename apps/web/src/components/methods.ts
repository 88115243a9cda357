import type { EvidenceMethod, MaturityModelPack } from '@citymaturity/model';

/** The evidence-gathering method of an assessment as the pack describes it, and how many methods there are. */
export function findMethod(
  pack: MaturityModelPack | undefined,
  methodId: string,
): { method: EvidenceMethod; count: number } | undefined {
  const methods = pack?.evidence_methods ?? [];
  const method = methods.find((m) => m.id === methodId);
  return method ? { method, count: methods.length } : undefined;
}
