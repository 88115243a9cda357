import { LiveHub, type LiveHubOptions } from './live-hub.js';

/** An open event stream, as the registry knows it. */
interface OpenStream {
  owner: string;
  end: () => void;
}

/** Settings of the event streams. */
export interface LiveStreamSettings {
  /** A comment line is sent this often, so that proxies and browsers keep the stream open (15 s). */
  heartbeatMs: number;
  /** The reconnection delay the stream asks the browser for (`retry:`), in ms. */
  clientRetryMs: number;
  /** Open streams one owner (a user, an invitation) may hold in this process. */
  maxStreamsPerOwner: number;
}

/** The live layer of a server process: the LISTEN hub and the event streams it feeds. */
export class Live {
  readonly hub: LiveHub;
  readonly settings: LiveStreamSettings;
  private readonly streams = new Set<OpenStream>();

  constructor(options: LiveHubOptions & Partial<LiveStreamSettings>) {
    this.hub = new LiveHub(options);
    this.settings = {
      heartbeatMs: options.heartbeatMs ?? 15_000,
      clientRetryMs: options.clientRetryMs ?? 3000,
      maxStreamsPerOwner: options.maxStreamsPerOwner ?? 10,
    };
  }

  /** Open event streams in this process. */
  get streamCount(): number {
    return this.streams.size;
  }

  /**
   * Reserves a stream for an owner, or returns undefined when the owner already holds the most
   * allowed in this process (a per-process guard on sockets and memory, not shared state).
   */
  reserveStream(owner: string, end: () => void): { release: () => void } | undefined {
    let held = 0;
    for (const s of this.streams) if (s.owner === owner) held++;
    if (held >= this.settings.maxStreamsPerOwner) return undefined;
    const stream: OpenStream = { owner, end };
    this.streams.add(stream);
    return {
      release: () => {
        this.streams.delete(stream);
      },
    };
  }

  /** Ends every open stream (before the HTTP server closes: it waits for open connections). */
  endStreams(): void {
    for (const stream of [...this.streams]) stream.end();
  }

  /** Ends the streams and closes the listening connection. */
  async close(): Promise<void> {
    this.endStreams();
    await this.hub.close();
  }
}

/** The live layer of a server on a database (nothing connects before the first follower). */
export function createLive(
  connectionString: string,
  options: Partial<LiveStreamSettings> & { log?: (message: string) => void } = {},
): Live {
  return new Live({ connectionString, ...options });
}
