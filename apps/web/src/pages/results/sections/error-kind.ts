/** What went wrong, from the HTTP status: no permission (403), no such assessment (404) or another error. */
export function errorKind(status: number): 'forbidden' | 'notFound' | 'other' {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  return 'other';
}
