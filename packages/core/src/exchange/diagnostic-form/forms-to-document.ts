import { assessmentFormatTag, type AssessmentDocument } from '../assessment-schema.js';
import type { FilledForm } from './read-form.js';

/** What an assessment made of filled forms needs beyond the forms. */
export interface FormsDocumentOptions {
  /** The city's name; default: the one the forms were made for. */
  city?: string | undefined;
  title?: string | undefined;
  /** Default: single-stakeholder for one form, multi-stakeholder for several. */
  method?: AssessmentDocument['method'] | undefined;
  /** Default: the latest date written on a form, else `today`. */
  date?: string | undefined;
  /** Today (YYYY-MM-DD), given by the caller. */
  today: string;
}

/**
 * An assessment in the exchange format `citymaturity/assessment@1` made of filled diagnostic
 * forms (each form one respondent, in the order given): the forms' notes become evidence text, and
 * the organisation's own groups the forms list are declared. Undefined when there is no city name
 * (neither given nor in the forms).
 */
export function formsToAssessmentDocument(
  forms: readonly FilledForm[],
  options: FormsDocumentOptions,
): AssessmentDocument | undefined {
  const [first] = forms;
  const city = options.city ?? forms.find((f) => f.city !== null)?.city ?? undefined;
  if (!first || city === undefined) return undefined;
  const dates = forms.map((f) => f.respondent.date).filter((d): d is string => d !== null);
  const groups = new Map(forms.flatMap((f) => f.declaredGroups).map((g) => [g.key, g]));
  const used = new Set(forms.map((f) => f.respondent.group));
  const declared = [...groups.values()].filter((g) => used.has(g.key));
  return {
    format: assessmentFormatTag,
    model: first.model,
    model_version: first.modelVersion,
    city: { name: city },
    ...(options.title ? { title: options.title } : {}),
    method: options.method ?? (forms.length > 1 ? 'multi-stakeholder' : 'single-stakeholder'),
    date:
      options.date ?? (dates.length > 0 ? [...dates].sort().at(-1) : undefined) ?? options.today,
    ...(declared.length > 0
      ? { groups: declared.map((g) => ({ id: g.key, name: g.name.zh, name_en: g.name.en })) }
      : {}),
    respondents: forms.map((form, i) => ({
      id: `r${String(i + 1)}`,
      name: form.respondent.name,
      ...(form.respondent.group ? { group: form.respondent.group } : {}),
      ratings: Object.fromEntries(
        Object.entries(form.ratings).map(([id, r]) => [
          id,
          { current: r.current, target: r.target, ...(r.notes ? { evidence: r.notes } : {}) },
        ]),
      ),
    })),
  };
}
