import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorizeOrganisation, type OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { requestLanguage, type Lang } from '../http/language.js';
import { versionOfTag, versionTag } from '../use-cases/workshop-support.js';

/** Who changes a row of the programme workspace, and from where (for the audit log). */
export interface ProgrammeChangeOrigin {
  caller: OrganisationAccess;
  ip: string;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ProgrammeRowRequest<Headers> = FastifyRequest & {
  params: { organisationId: string };
  headers: Headers;
};

/**
 * A change of a versioned row of the programme workspace: `programme.manage`, the use case from the
 * version `If-Match` names (the route's headers schema requires it), the new version as the ETag.
 */
export async function sendVersionedChange<Row extends { version: number }>(
  ctx: AppContext,
  request: ProgrammeRowRequest<{ 'if-match': string }>,
  reply: FastifyReply,
  change: (origin: ProgrammeChangeOrigin, version: number) => Promise<Row>,
) {
  const { organisationId } = request.params;
  const caller = await authorizeOrganisation(ctx, request, organisationId, 'programme.manage');
  const row = await change({ caller, ip: request.ip }, versionOfTag(request.headers['if-match']));
  return reply.header('etag', versionTag(row.version)).send(row);
}

/**
 * The removal of a versioned row of the programme workspace: `programme.manage`, the use case with
 * the version `If-Match` names (optional: without it, whatever is stored goes), 204.
 */
export async function sendVersionedRemoval(
  ctx: AppContext,
  request: ProgrammeRowRequest<{ 'if-match'?: string }>,
  reply: FastifyReply,
  remove: (origin: ProgrammeChangeOrigin, version: number | undefined) => Promise<unknown>,
) {
  const { organisationId } = request.params;
  const caller = await authorizeOrganisation(ctx, request, organisationId, 'programme.manage');
  const tag = request.headers['if-match'];
  await remove({ caller, ip: request.ip }, tag === undefined ? undefined : versionOfTag(tag));
  return reply.status(204).send();
}

/**
 * An XLSX download of the programme workspace: `programme.view`, the workbook in the language asked
 * (`?lang=`, else the request's), sent as `citymaturity-<name>-<day>-<lang>.xlsx` that no cache
 * keeps (it holds the organisation's data).
 */
export async function sendProgrammeWorkbook(
  ctx: AppContext,
  request: FastifyRequest & { params: { organisationId: string }; query: { lang?: Lang } },
  reply: FastifyReply,
  name: string,
  write: (origin: ProgrammeChangeOrigin, lang: Lang) => Promise<Buffer>,
) {
  const { organisationId } = request.params;
  const caller = await authorizeOrganisation(ctx, request, organisationId, 'programme.view');
  const lang = request.query.lang ?? requestLanguage(request, caller.auth.user.preferredLanguage);
  const content = await write({ caller, ip: request.ip }, lang);
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-type', xlsxType)
    .header(
      'content-disposition',
      `attachment; filename="citymaturity-${name}-${day}-${lang}.xlsx"`,
    )
    .header('cache-control', 'private, no-store')
    .send(content);
}
