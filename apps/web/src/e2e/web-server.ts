import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startTestServer, type TestServer } from '@citymaturity/server/test-support';

/**
 * The built web app (npm test builds it before the tests run); CITYMATURITY_TEST_WEB_ROOT points
 * at another build (e.g. one of its own while others rebuild dist in the same checkout).
 */
export const webRoot =
  process.env.CITYMATURITY_TEST_WEB_ROOT ?? fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * A CityMaturity server on the embedded database serving the built web app, with the demo city
 * (submitted baseline, demo@citymaturity.example). Browser tests run on one database: the API
 * tests already run every endpoint on both.
 */
export async function startWebServer(): Promise<TestServer> {
  if (!existsSync(`${webRoot}/index.html`))
    throw new Error(`No web build in ${webRoot}: run npm run build first`);
  return startTestServer('embedded', {}, { webRoot, demo: true });
}
