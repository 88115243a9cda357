import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import { newJoinCode } from '../auth/consortium-join-codes.js';
import type { AppContext } from '../context.js';
import { auditBenchmarking, presentConsortium } from './benchmarking-support.js';

/** A new consortium's names, description and privacy threshold. */
export interface ConsortiumInput {
  nameZh: string;
  nameEn: string;
  description: string;
  minPeerCities: number;
}

/**
 * Creates a benchmarking consortium run by the caller's organisation (organisation
 * administrators), with a join code for the cities it invites: returned this once, stored only as
 * its SHA-256.
 */
export async function createConsortium(
  ctx: AppContext,
  access: OrganisationAccess,
  input: ConsortiumInput,
  ip: string,
) {
  const { code, hash } = newJoinCode();
  return ctx.database.db.transaction(async (tx) => {
    const row = await repositories.createConsortium(tx, access.scope, {
      ...input,
      joinCodeHash: hash,
      createdBy: access.auth.user.id,
    });
    await auditBenchmarking(tx, access, ip, 'consortium.create', {
      targetType: 'consortium',
      targetId: row.id,
      details: { nameZh: row.nameZh, nameEn: row.nameEn, minPeerCities: row.minPeerCities },
    });
    return { consortium: presentConsortium({ ...row, memberCount: 0 }), joinCode: code };
  });
}
