import type { OperatingModelPack } from '@citymaturity/model';

// The programme's risk register: each risk's score (likelihood × impact) and band, the 5 × 5 heat
// grid, and the view per key success factor (rules: docs/operating-model.md).

/** Bands of a risk score, lowest first. */
export const riskBands = ['low', 'medium', 'high', 'critical'] as const;
/** See {@link riskBands}. */
export type RiskBand = (typeof riskBands)[number];

/** Life cycle of a risk; only `closed` risks are no longer active. */
export const riskStatuses = ['open', 'mitigating', 'closed'] as const;
/** See {@link riskStatuses}. */
export type RiskStatus = (typeof riskStatuses)[number];

/** Likelihood (1 rare … 5 almost certain) and impact (1 negligible … 5 severe) run 1–5. */
export const riskScaleMax = 5;

/**
 * The lowest score of each band: low 1–4, medium 5–9, high 10–19, critical 20–25. The products
 * of two ratings 1–5 never fall in 17–19, so "high 10–16" and "high 10–19" band every possible
 * score alike; taking 10–19 makes the bands cover every integer 1–25 without a hole.
 */
export const riskBandFloors: Readonly<Record<RiskBand, number>> = {
  low: 1,
  medium: 5,
  high: 10,
  critical: 20,
};

/** The scores a band covers, e.g. medium → 5–9 (critical runs to 25). */
export function riskBandRange(band: RiskBand): { from: number; to: number } {
  const next = riskBands[riskBands.indexOf(band) + 1];
  return {
    from: riskBandFloors[band],
    to: next ? riskBandFloors[next] - 1 : riskScaleMax * riskScaleMax,
  };
}

/** A risk's score: likelihood × impact (1–25). */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The band of a score 1–25 ({@link riskBandFloors}). */
export function riskBand(score: number): RiskBand {
  let band: RiskBand = 'low';
  for (const b of riskBands) if (score >= riskBandFloors[b]) band = b;
  return band;
}

/** What the register's rules read of a risk. */
export interface RiskInput {
  id: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  /** Key success factors it threatens (`key_success_factors[].id`). */
  factorIds: readonly string[];
}

/** A key success factor's active risks and the highest band among them. */
export interface FactorRisks {
  factorId: string;
  /** Ids of the factor's active (not closed) risks, highest score first. */
  riskIds: string[];
  /** Null when the factor has no active risk. */
  highestBand: RiskBand | null;
  highestScore: number | null;
}

/** The register's overview. */
export interface RiskRegisterSummary {
  /** Risks by status. */
  byStatus: Record<RiskStatus, number>;
  /** Active (open or mitigating) risks by band. */
  byBand: Record<RiskBand, number>;
  /**
   * The heat grid of active risks: `grid[likelihood - 1][impact - 1]` is how many have that
   * likelihood and impact (5 × 5, every cell present).
   */
  grid: number[][];
  /** Every key success factor of the pack, in its order, with its active risks. */
  factors: FactorRisks[];
  /** Active risks linked to no key success factor. */
  unlinked: string[];
}

/** A risk counts in the grid, the bands and the factors while it is not closed. */
export const isActiveRisk = (risk: { status: RiskStatus }) => risk.status !== 'closed';

/**
 * The overview of a risk register: counts by status; the active risks (open and mitigating) by
 * band and on the 5 × 5 likelihood × impact grid; per key success factor its active risks
 * (highest score first, then by id) and their highest band; and the active risks linked to no
 * factor. Closed risks are counted by status only.
 */
export function summariseRisks(
  pack: OperatingModelPack,
  risks: readonly RiskInput[],
): RiskRegisterSummary {
  const byStatus: Record<RiskStatus, number> = { open: 0, mitigating: 0, closed: 0 };
  const byBand: Record<RiskBand, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const grid = Array.from({ length: riskScaleMax }, () => Array<number>(riskScaleMax).fill(0));
  for (const risk of risks) byStatus[risk.status] += 1;
  const active = risks
    .filter(isActiveRisk)
    .map((risk) => ({ ...risk, score: riskScore(risk.likelihood, risk.impact) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const risk of active) {
    byBand[riskBand(risk.score)] += 1;
    const row = grid[risk.likelihood - 1];
    if (row && risk.impact >= 1 && risk.impact <= riskScaleMax)
      row[risk.impact - 1] = (row[risk.impact - 1] ?? 0) + 1;
  }
  const factors = (pack.key_success_factors ?? []).map((factor) => {
    const linked = active.filter((risk) => risk.factorIds.includes(factor.id));
    const top = linked[0];
    return {
      factorId: factor.id,
      riskIds: linked.map((risk) => risk.id),
      highestBand: top ? riskBand(top.score) : null,
      highestScore: top ? top.score : null,
    };
  });
  const known = new Set((pack.key_success_factors ?? []).map((f) => f.id));
  const unlinked = active
    .filter((risk) => !risk.factorIds.some((id) => known.has(id)))
    .map((risk) => risk.id);
  return { byStatus, byBand, grid, factors, unlinked };
}
