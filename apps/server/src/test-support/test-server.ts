import type { OrganisationRole } from '@citymaturity/core';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { repositories, type Database } from '@citymaturity/db';
import { createTestDatabase, type DatabaseKind } from '@citymaturity/db/test-support';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { readServerConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { demoLogin, loadDemo } from '../demo/load-demo.js';
import { createLive } from '../live/live.js';

/** A CityMaturity server listening on a real port, on a fresh database of the given kind. */
export interface TestServer {
  url: string;
  ctx: AppContext;
  app: FastifyInstance;
  database: Database;
  close: () => Promise<void>;
}

export async function startTestServer(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: { webRoot?: string; demo?: boolean } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  const packs = await loadBundledPacks();
  const ctx: AppContext = {
    database,
    packs,
    models: new Map([[packs.mmssc.meta.id, indexMaturityModel(packs.mmssc)]]),
    operatingModel: packs.scom,
    config: readServerConfig({ LOG_LEVEL: 'silent', ...env }),
    live: createLive(database.connectionString),
    webRoot: options.webRoot,
  };
  if (options.demo) {
    await loadDemo(ctx);
    ctx.demoLogin = { ...demoLogin };
  }
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    ctx,
    app,
    database,
    close: async () => {
      await app.close();
      await ctx.live.close();
      await database.close();
    },
  };
}

/** A response as the tests look at it. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** An HTTP client that keeps the session cookie and sends the CSRF token, as the web app does. */
export class ApiClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    readonly baseUrl: string,
    readonly lang: 'zh' | 'en' = 'en',
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'accept-language': this.lang,
        // A FormData body (a file upload) sets its own multipart content type.
        ...(body === undefined || body instanceof FormData
          ? {}
          : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : {
            body:
              typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
          }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie?.startsWith('cm_session=')) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value === 'cm_session=' ? undefined : value;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/event-stream')) {
      // An event stream never ends by itself: note that it opened, and close it.
      await response.body?.cancel();
      return { status: response.status, body: '' as T, headers: response.headers };
    }
    const parsed = type.includes('application/json')
      ? ((await response.json()) as T)
      : ((await response.text()) as T);
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** A GET whose response is returned as it came (for binary downloads). */
  download(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      headers: { 'accept-language': this.lang, ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }

  /** The session cookie header, for requests made without this client (e.g. an event stream). */
  sessionHeaders(): Record<string, string> {
    return this.cookie ? { cookie: this.cookie } : {};
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Signs in; throws unless it worked. */
  async signIn(email: string, password: string): Promise<void> {
    const r = await this.post<{ csrfToken?: string }>('/api/v1/session', { email, password });
    if (r.status !== 200 || !r.body.csrfToken)
      throw new Error(`sign-in failed: ${String(r.status)} ${JSON.stringify(r.body)}`);
    this.csrfToken = r.body.csrfToken;
  }
}

/** The password of every test user. */
export const testPassword = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

/** Creates a user (optionally a member with a role) straight in the database. */
export async function createTestUser(
  server: TestServer,
  email: string,
  membership?: {
    organisationId: string;
    role: OrganisationRole;
  },
  options: { platformAdmin?: boolean } = {},
) {
  testPasswordHash ??= hashPassword(testPassword);
  const user = await repositories.createUser(server.database.db, {
    email,
    displayName: email.split('@')[0] ?? email,
    passwordHash: await testPasswordHash,
    isPlatformAdmin: options.platformAdmin ?? false,
  });
  if (membership)
    await repositories.setMembership(
      server.database.db,
      { organisationId: membership.organisationId },
      user.id,
      membership.role,
    );
  return user;
}

/** Creates an organisation straight in the database. */
export async function createTestOrganisation(server: TestServer, nameEn: string) {
  return repositories.createOrganisation(server.database.db, {
    nameZh: `${nameEn}（中）`,
    nameEn,
    country: 'CN',
    kind: 'city',
  });
}

/** A signed-in client for a new user with the given role in the organisation. */
export async function signedInAs(
  server: TestServer,
  role: OrganisationRole,
  organisationId: string,
  lang: 'zh' | 'en' = 'en',
) {
  const user = await createTestUser(
    server,
    `${role}-${Math.random().toString(36).slice(2)}@test.example`,
    { organisationId, role },
  );
  const client = new ApiClient(server.url, lang);
  await client.signIn(user.email, testPassword);
  return { client, user };
}

export { pdfText, squeeze } from '../report/test-support/example-report.js';
