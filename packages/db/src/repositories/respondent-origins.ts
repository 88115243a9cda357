import { and, eq, sql } from 'drizzle-orm';
import { invitations } from '../schema/collaboration.js';
import type { Executor, OrganisationScope } from './scope.js';

/**
 * What is stored about how the respondents of an assessment came in (the core derives each one's
 * source from it, with the respondents' own rows): the respondents that have an invitation, how
 * the assessment began (`assessment.create` or `assessment.import`, the first such entry of its
 * hash chain), and every `ratings.import` entry of the chain in order, with its `source` and the
 * respondents it names.
 */
export interface RespondentOrigins {
  invited: Set<string>;
  createdBy: 'assessment.create' | 'assessment.import' | null;
  imports: { source: string | null; respondentIds: string[] }[];
}

/** Reads the {@link RespondentOrigins} of an assessment of the scope's organisation (two queries). */
export async function readRespondentOrigins(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<RespondentOrigins> {
  const [invited, entries] = await Promise.all([
    db
      .select({ respondentId: invitations.respondentId })
      .from(invitations)
      .where(
        and(
          eq(invitations.organisationId, scope.organisationId),
          eq(invitations.assessmentId, assessmentId),
        ),
      ),
    db.execute<{ action: string; source: string | null; respondent_ids: string[] | null }>(sql`
      select action, details->>'source' as source,
             case when action = 'ratings.import' and jsonb_typeof(details->'respondents') = 'object'
                  then array(select jsonb_object_keys(details->'respondents'))
             end as respondent_ids
        from audit_log
       where organisation_id = ${scope.organisationId} and assessment_id = ${assessmentId}
         and action in ('assessment.create', 'assessment.import', 'ratings.import')
       order by seq`),
  ]);
  const start = entries.rows.find((e) => e.action !== 'ratings.import')?.action;
  return {
    invited: new Set(invited.map((i) => i.respondentId)),
    createdBy: start === 'assessment.create' || start === 'assessment.import' ? start : null,
    imports: entries.rows
      .filter((e) => e.action === 'ratings.import')
      .map((e) => ({ source: e.source, respondentIds: e.respondent_ids ?? [] })),
  };
}
