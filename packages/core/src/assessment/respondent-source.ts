/**
 * How a respondent came into an assessment:
 * - `member`: on the platform, by a member (their own response, or the team response of a
 *   single-stakeholder assessment, created with it);
 * - `invitation`: a stakeholder invited through a personal link;
 * - `paper-form`: a filled diagnostic form (XLSX) imported into the assessment, or one it was
 *   started from;
 * - `import`: a `citymaturity/assessment@1` document the assessment was imported from.
 */
export const respondentSources = ['member', 'invitation', 'paper-form', 'import'] as const;
/** See {@link respondentSources}. */
export type RespondentSource = (typeof respondentSources)[number];

/** The `source` a `ratings.import` chain entry of filled diagnostic forms records. */
export const diagnosticFormsImportSource = 'diagnostic-forms';

/** What is stored about a respondent that tells where it came from. */
export interface RespondentFacts {
  id: string;
  /** The member whose own response it is; null for a team response and for those added otherwise. */
  userId: string | null;
  /** It has an invitation (revoked or expired ones too). */
  invited: boolean;
}

/**
 * What the assessment's hash chain says about how its respondents were added, in chain order:
 * how the assessment began (`assessment.create` on the platform, `assessment.import` from a
 * document), and every `ratings.import` entry with the respondents it names and its source
 * (`diagnostic-forms` for filled forms; none for an exchange document).
 */
export interface RespondentChainFacts {
  createdBy: 'assessment.create' | 'assessment.import' | null;
  imports: readonly { source: string | null; respondentIds: readonly string[] }[];
}

/**
 * The source of each respondent of an assessment (see {@link RespondentSource}), derived from what
 * is stored: an invitation makes it `invitation`; a member's own response is `member`; so is the
 * first respondent of an assessment created on the platform (the team response, even when a form
 * later filled it in); otherwise the first import that names it says `paper-form` (diagnostic
 * forms) or `import` (a document); a respondent no import names was added on the platform.
 * `respondents` in the order they were added (the first one is the assessment's first).
 */
export function respondentSourcesOf(
  respondents: readonly RespondentFacts[],
  chain: RespondentChainFacts,
): Map<string, RespondentSource> {
  const firstImport = new Map<string, string | null>();
  for (const entry of chain.imports)
    for (const id of entry.respondentIds)
      if (!firstImport.has(id)) firstImport.set(id, entry.source);
  const sources = new Map<string, RespondentSource>();
  respondents.forEach((respondent, index) => {
    const imported = firstImport.get(respondent.id);
    const source: RespondentSource = respondent.invited
      ? 'invitation'
      : respondent.userId !== null ||
          (index === 0 && chain.createdBy === 'assessment.create') ||
          imported === undefined
        ? 'member'
        : imported === diagnosticFormsImportSource
          ? 'paper-form'
          : 'import';
    sources.set(respondent.id, source);
  });
  return sources;
}
