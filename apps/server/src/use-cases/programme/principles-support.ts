import type { PrincipleProblem } from '@citymaturity/core';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { HttpError } from '../../http/http-error.js';
import type { ErrorCode } from '../../http/messages.js';
import { presentUpdatedBy } from './components-support.js';

// What the principle use cases share: a principle as the API shows it, its conflict, the refusal
// of a change the core's rules do not allow.

/** One principle as the API shows it: a row, or a principle of the pack not decided yet. */
export function presentPrinciple(
  row: repositories.CityPrincipleRecord | undefined,
  agreements: readonly repositories.PrincipleAgreementRecord[],
  packPrincipleId: string | null = row?.packPrincipleId ?? null,
) {
  return {
    id: row?.id ?? null,
    packPrincipleId,
    stance: row?.stance ?? null,
    title: row?.title ?? '',
    wording: row?.wording ?? '',
    position: row?.position ?? 0,
    version: row?.version ?? 0,
    updatedAt: row ? row.updatedAt.toISOString() : null,
    updatedBy: row ? presentUpdatedBy(row) : null,
    agreements: row
      ? agreements
          .filter((a) => a.principleId === row.id)
          .map((a) => ({
            stakeholderId: a.stakeholderId,
            name: a.stakeholderName,
            typeId: a.stakeholderTypeId,
            agreedOn: a.agreedOn,
          }))
      : [],
  };
}

export type PrincipleView = ReturnType<typeof presentPrinciple>;

/** A principle with its agreements, read again (after a change, or for a conflict). */
export async function readPrinciple(
  db: Executor,
  scope: OrganisationScope,
  row: repositories.CityPrincipleRecord,
): Promise<PrincipleView> {
  return presentPrinciple(row, await repositories.listPrincipleAgreements(db, scope, row.id));
}

/** 412 with the principle as stored now (for a pack principle never decided: its undecided view). */
export async function principleConflict(
  db: Executor,
  scope: OrganisationScope,
  stored: repositories.CityPrincipleRecord | undefined,
  packPrincipleId: string | null,
): Promise<HttpError> {
  let current: PrincipleView | null = null;
  if (stored) current = await readPrinciple(db, scope, stored);
  else if (packPrincipleId !== null) current = presentPrinciple(undefined, [], packPrincipleId);
  return new HttpError(412, 'principle-conflict', { current });
}

const problemCodes: Record<PrincipleProblem['reason'], ErrorCode> = {
  'added-stance-fixed': 'principle-added-stance-fixed',
  'pack-principle-not-added': 'principle-pack-not-added',
  'title-required': 'principle-title-required',
  'wording-required': 'principle-wording-required',
  'title-of-adopted': 'principle-title-of-adopted',
  'wording-of-adopted': 'principle-wording-of-adopted',
};

/** The 400 of a change the core's principle rules refuse, naming the field. */
export function principleRefusal(problem: PrincipleProblem): HttpError {
  return new HttpError(400, problemCodes[problem.reason], {
    issues: [{ path: `body.${problem.field}`, message: problem.reason }],
  });
}
