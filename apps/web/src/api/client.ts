import i18next from 'i18next';
import { languageTag } from '../i18n/index.js';

/** An error answered by the API: its status, stable code, message (in the interface language) and field problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    /** The error's other fields, e.g. the `problems` of an invalid invitation list. */
    readonly details: Readonly<Record<string, unknown>> = {},
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
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  /** More request headers, e.g. `If-Match` for an edit made from a known version. */
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': languageTag(i18next.language) };
  // A FormData body (a file upload) sets its own multipart content type.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  Object.assign(headers, extraHeaders);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
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
        error?: {
          code?: string;
          message?: string;
          issues?: { path: string; message: string }[];
          [key: string]: unknown;
        };
      }
    ).error;
    throw new ApiError(
      response.status,
      error?.code ?? 'unknown',
      error?.message ?? i18next.t('common:errors.unknown'),
      error?.issues ?? [],
      error ?? {},
    );
  }
  return payload as T;
}

/** The API's error in a failed answer's body, or a generic one. */
function errorFromBody(status: number, payload: unknown): ApiError {
  const error = (
    payload as {
      error?: {
        code?: string;
        message?: string;
        issues?: { path: string; message: string }[];
        [key: string]: unknown;
      };
    } | null
  )?.error;
  return new ApiError(
    status,
    error?.code ?? 'unknown',
    error?.message ?? i18next.t('common:errors.unknown'),
    error?.issues ?? [],
    error ?? {},
  );
}

/**
 * Sends a multipart form (a file upload) with POST and reports how much of it has been sent
 * (0–1; fetch cannot tell): the same headers and errors as {@link api}. Abort with `signal`.
 */
export function upload<T>(
  path: string,
  form: FormData,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.responseType = 'json';
    request.setRequestHeader('accept-language', languageTag(i18next.language));
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve(request.response as T);
      else reject(errorFromBody(request.status, request.response));
    };
    request.onerror = () => {
      reject(new ApiError(0, 'network', i18next.t('common:errors.network')));
    };
    request.onabort = () => {
      reject(new ApiError(0, 'aborted', i18next.t('common:errors.unknown')));
    };
    options.signal?.addEventListener('abort', () => {
      request.abort();
    });
    request.send(form);
  });
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);
