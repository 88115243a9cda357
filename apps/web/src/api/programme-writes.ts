import { ApiError, api } from './client.js';

// Writes of the ISO 37106 workspace's registers and reviews: every change names the version it
// starts from (`If-Match`), and a row changed meanwhile is refused with 412 and the stored row.

/** The `If-Match` header of a version (the API's ETag is `"<version>"`). */
export function ifMatch(version: number): Record<string, string> {
  return { 'if-match': `"${String(version)}"` };
}

/** Changes a row from the version it was read at (`PATCH` with `If-Match`). */
export function patchVersioned<T>(path: string, body: unknown, version: number): Promise<T> {
  return api<T>('PATCH', path, body, ifMatch(version));
}

/** Deletes a row as it was read (`DELETE` with `If-Match`: a row changed meanwhile is kept). */
export function deleteVersioned(path: string, version: number): Promise<void> {
  return api<undefined>('DELETE', path, undefined, ifMatch(version));
}

/**
 * The stored row of a refused write (412 with the given error code): the row as it is now, or null
 * when it was deleted meanwhile. Undefined for any other error.
 */
export function conflictOf(error: unknown, code: string): object | null | undefined {
  if (!(error instanceof ApiError) || error.status !== 412 || error.code !== code) return undefined;
  const current = error.details.current;
  return current && typeof current === 'object' ? current : null;
}

/** Retries a failed read once, never a refusal (4xx). */
export const retryUnlessRefused = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 1;
