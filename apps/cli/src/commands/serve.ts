import { startServer } from '@citymaturity/server';
import { exitCodes } from '../cli-error.js';
import type { Output } from '../output.js';

/**
 * `citymaturity serve [--demo] [--port N]`: runs the platform until stopped (Ctrl-C or SIGTERM),
 * then closes connections and stops the embedded database cleanly.
 */
export async function serveCommand(
  options: { demo?: boolean; port?: number },
  out: Output,
): Promise<number> {
  const env = {
    ...process.env,
    ...(options.port === undefined ? {} : { PORT: String(options.port) }),
  };
  const server = await startServer({ demo: options.demo === true, env, print: out.stdout });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      out.stdout('Stopping CityMaturity…');
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return exitCodes.ok;
}
