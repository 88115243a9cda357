import { respondentSourcesOf, type RespondentSource } from '@citymaturity/core';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';

/**
 * The source of every respondent of an assessment (member, invitation, paper form, import), by
 * id: derived by the core from their rows (given in the order they were added) and what the
 * invitations and the assessment's hash chain record. Nothing stores it as such.
 */
export async function respondentSources(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  respondents: readonly { id: string; userId: string | null }[],
): Promise<Map<string, RespondentSource>> {
  const origins = await repositories.readRespondentOrigins(db, scope, assessmentId);
  return respondentSourcesOf(
    respondents.map((r) => ({ id: r.id, userId: r.userId, invited: origins.invited.has(r.id) })),
    origins,
  );
}
