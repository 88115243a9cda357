/** An assessment as the form import rules see it. */
export interface FormImportTarget {
  method: string;
  status: 'draft' | 'submitted';
  revealedAt: Date | null;
}

/** Why filled forms cannot go into an assessment, or null when they can. */
export type FormImportRefusal = 'not-draft' | 'revealed' | 'single-stakeholder-one-form';

/** At most this many files per import, of at most this many bytes each (a form is ~30 KB). */
export const formImportLimits = { files: 20, megabytes: 2 } as const;

/**
 * Filled forms go into a draft. Where stakeholders rate blind (multi-stakeholder, workshop) each
 * form adds a respondent until the results are revealed (then rating has closed). A
 * single-stakeholder assessment has one team response: one form fills it in, several cannot.
 */
export function formImportRefusal(
  assessment: FormImportTarget,
  formCount: number,
): FormImportRefusal | null {
  if (assessment.status !== 'draft') return 'not-draft';
  if (assessment.revealedAt !== null) return 'revealed';
  if (assessment.method === 'single-stakeholder' && formCount !== 1)
    return 'single-stakeholder-one-form';
  return null;
}
