import i18next from 'i18next';
import { languageTag } from '../i18n/index.js';

/** An error answered by the API: its status, stable code, message (in the interface language) and field problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;

/** The CSRF token of the signed-in session (set from GET/POST /api/v1/session). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/**
 * Calls the API: same-origin cookies, the interface language as Accept-Language (messages come
 * back in it), the CSRF token on state-changing requests; non-2xx answers throw {@link ApiError}.
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': languageTag(i18next.language) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', i18next.t('common:errors.network'));
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('application/json')
    ? await response.json()
    : await response.text();
  if (!response.ok) {
    const error = (
      payload as {
        error?: { code?: string; message?: string; issues?: { path: string; message: string }[] };
      }
    ).error;
    throw new ApiError(
      response.status,
      error?.code ?? 'unknown',
      error?.message ?? i18next.t('common:errors.unknown'),
      error?.issues ?? [],
    );
  }
  return payload as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);
