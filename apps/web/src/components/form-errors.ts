/** A field error for an antd form. */
export interface FieldError<K extends string = string> {
  name: K;
  errors: string[];
}

/**
 * The field problems of an API validation error, keyed by form field: an issue at `body.email`
 * belongs to the field `email`. Issues of fields the form does not have are left out.
 */
export function fieldErrors<const K extends string>(
  error: unknown,
  fields: readonly K[],
): FieldError<K>[] {
  const issues = issuesOf(error);
  const byField = new Map<K, string[]>();
  for (const issue of issues) {
    const field = issue.path.replace(/^body\./, '').split('.')[0] ?? '';
    const name = fields.find((f) => f === field);
    if (name === undefined) continue;
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** The field problems of an ApiError (read by shape, so that this module stays free of the API client). */
function issuesOf(error: unknown): { path: string; message: string }[] {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return [];
  const issues = error.issues;
  return Array.isArray(issues) ? (issues as { path: string; message: string }[]) : [];
}
