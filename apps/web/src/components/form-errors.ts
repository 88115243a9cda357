/** The parts of a dotted field name: `administrator.email` → `['administrator', 'email']`. */
export type FieldPath<K extends string> = K extends `${infer Head}.${infer Rest}`
  ? [Head, ...FieldPath<Rest>]
  : [K];

/** A field error for an antd form; `name` is the field's path (nested fields have several parts). */
export interface FieldError<K extends string = string> {
  name: FieldPath<K>;
  errors: string[];
}

/**
 * The field problems of an API validation error, keyed by form field: an issue at `body.email`
 * belongs to the field `email`, one at `body.administrator.email` to the nested field
 * `administrator.email` if the form has it (else to `administrator`). Issues of fields the form
 * does not have are left out.
 */
export function fieldErrors<const K extends string>(
  error: unknown,
  fields: readonly K[],
): FieldError<K>[] {
  const byField = new Map<K, string[]>();
  for (const issue of issuesOf(error)) {
    const path = issue.path.replace(/^body\./, '');
    // The most specific field the issue belongs to.
    const name = fields
      .filter((f) => path === f || path.startsWith(`${f}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (name === undefined) continue;
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  return [...byField].map(([name, errors]) => ({
    name: name.split('.') as FieldPath<K>,
    errors,
  }));
}

/** The field problems of an ApiError (read by shape, so that this module stays free of the API client). */
function issuesOf(error: unknown): { path: string; message: string }[] {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return [];
  const issues = error.issues;
  return Array.isArray(issues) ? (issues as { path: string; message: string }[]) : [];
}
