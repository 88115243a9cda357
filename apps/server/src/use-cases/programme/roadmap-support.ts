import { versionConflict } from '@citymaturity/core';
import { repositories, type Executor } from '@citymaturity/db';
import type { ModelIndex } from '@citymaturity/model';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { HttpError, notFound } from '../../http/http-error.js';
import type { ErrorCode } from '../../http/messages.js';
import { presentUpdatedBy } from './components-support.js';

// What the roadmap, benefit-map and KPI use cases share: presenting an initiative, checking the
// ids a client gives against the packs, the optimistic-locking check and the audit entry.

/** An initiative as the API shows it. */
export function presentInitiative(row: repositories.RoadmapInitiativeRecord) {
  return {
    id: row.id,
    phaseId: row.phaseId,
    title: row.title,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    owner: row.owner,
    budget: row.budget,
    currency: row.currency,
    quickWin: row.quickWin,
    componentCodes: row.componentCodes,
    lifts: row.lifts,
    benefitNodeId: row.benefitNodeId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: presentUpdatedBy(row),
  };
}

/** The maturity model whose characteristics initiatives lift (the bundled MMSSC). */
export function liftedModel(ctx: AppContext): ModelIndex {
  const model = ctx.models.get(ctx.packs.mmssc.meta.id);
  if (!model) throw new HttpError(400, 'unknown-model');
  return model;
}

/** A 400 naming the field that holds an id the pack does not have. */
export function unknownId(code: ErrorCode, path: string, id: string): HttpError {
  return new HttpError(400, code, { issues: [{ path, message: id }] });
}

/**
 * Checks the pack ids of an initiative's fields, as given: the phase (ISO 37106 table 6), the
 * component codes and the lifted characteristics (MMSSC). The first unknown one → 400 naming it.
 */
export function checkInitiativeIds(
  ctx: AppContext,
  input: {
    phaseId?: string | undefined;
    componentCodes?: readonly string[] | undefined;
    lifts?: readonly { characteristicId: string }[] | undefined;
  },
): void {
  const pack = ctx.operatingModel;
  if (
    input.phaseId !== undefined &&
    !(pack.roadmap_phases ?? []).some((p) => p.id === input.phaseId)
  )
    throw unknownId('roadmap-unknown-phase', 'body.phaseId', input.phaseId);
  const codes = new Set(pack.components.map((c) => c.code));
  input.componentCodes?.forEach((code, i) => {
    if (!codes.has(code))
      throw unknownId('roadmap-unknown-component', `body.componentCodes.${String(i)}`, code);
  });
  if (input.lifts && input.lifts.length > 0) {
    const model = liftedModel(ctx);
    input.lifts.forEach((lift, i) => {
      if (!model.characteristicById.has(lift.characteristicId))
        throw unknownId(
          'roadmap-unknown-characteristic',
          `body.lifts.${String(i)}.characteristicId`,
          lift.characteristicId,
        );
    });
  }
}

/**
 * Checks the version a change or removal starts from against the stored row (locked by the
 * caller): none stored → 404; another version → 412 `conflict` with the stored row as the API
 * shows it. `expected` undefined (a removal without If-Match) skips the check.
 */
export function storedAtVersion<T extends { version: number }>(
  stored: T | undefined,
  expected: number | undefined,
  conflict: ErrorCode,
  present: (row: T) => unknown,
): T {
  if (!stored) throw notFound();
  if (expected !== undefined && versionConflict(expected, stored.version))
    throw new HttpError(412, conflict, { current: present(stored) });
  return stored;
}

/** Who made a change and from where. */
export interface RoadmapChangeOrigin {
  caller: ScopedCaller;
  ip: string;
}

/**
 * Records a change of the roadmap, benefit map or KPIs (or an export of them) in the
 * organisation's audit log (an organisation-level entry, not an assessment's hash chain), in the
 * transaction of the change.
 */
export async function auditRoadmapChange(
  db: Executor,
  origin: RoadmapChangeOrigin,
  action: `programme.${string}`,
  target: { type: string; id: string; details?: Record<string, unknown> },
): Promise<void> {
  await repositories.appendAudit(db, {
    actorUserId: origin.caller.auth.user.id,
    organisationId: origin.caller.scope.organisationId,
    action,
    targetType: target.type,
    targetId: target.id,
    outcome: 'success',
    ip: origin.ip,
    details: target.details ?? {},
  });
}
