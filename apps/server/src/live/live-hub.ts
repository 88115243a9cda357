import pg from 'pg';

/** The PostgreSQL channel every server process listens on for live changes. */
export const liveChannel = 'citymaturity_live';

/** What a change notification carries: the topic (e.g. `workshop:<assessment id>`), a version, and small facts; never data. */
export interface LiveMessage {
  topic: string;
  version: number;
  [key: string]: string | number | null;
}

/**
 * What a subscriber receives: a change on its topic, or `resync` after the listening connection
 * was lost and re-established (changes made in between may have been missed: read the state again).
 */
export type LiveEvent = { kind: 'change'; message: LiveMessage } | { kind: 'resync' };

export type LiveListener = (event: LiveEvent) => void;

/** Options of {@link LiveHub}. */
export interface LiveHubOptions {
  connectionString: string;
  log?: (message: string) => void;
  /** First wait before reconnecting (doubled after each failure, up to `maxReconnectMs`). */
  reconnectMs?: number;
  maxReconnectMs?: number;
  /** How long a subscriber waits for the listening connection before giving up. */
  connectTimeoutMs?: number;
}

// unref: a wait for a database that is down must not keep a stopping process alive.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * The live changes of this server process. One dedicated PostgreSQL connection LISTENs on
 * {@link liveChannel}; changes are announced with NOTIFY inside the transaction that makes them
 * (see notifyLive), so every process hears every committed change, whichever process made it. The
 * hub fans each notification out to the subscribers of its topic in this process (the server-sent
 * event streams): that part is in memory by nature, and nothing in it is needed by another process.
 *
 * The connection is opened with the first subscriber and kept; when it is lost, the hub reconnects
 * with back-off and then tells every subscriber to resynchronise.
 */
export class LiveHub {
  private readonly topics = new Map<string, Set<LiveListener>>();
  private client: pg.Client | undefined;
  private listening: Promise<void> | undefined;
  private closed = false;
  private connections = 0;
  private readonly log: (message: string) => void;

  constructor(private readonly options: LiveHubOptions) {
    this.log = options.log ?? (() => undefined);
  }

  /** True while the listening connection is up. */
  get connected(): boolean {
    return this.client !== undefined;
  }

  /** How many times the listening connection has been established (1, then one more per reconnection). */
  get connectionCount(): number {
    return this.connections;
  }

  /** Number of subscribers in this process (all topics). */
  get subscriberCount(): number {
    let n = 0;
    for (const listeners of this.topics.values()) n += listeners.size;
    return n;
  }

  /** Starts listening now rather than with the first subscriber (in the background; failures are retried). */
  start(): void {
    if (this.closed) return;
    this.listening ??= this.connect();
    this.listening.catch(() => undefined);
  }

  /**
   * Subscribes to a topic. Resolves once this process is listening, so that a state read after it
   * cannot miss a change: anything committed later arrives as an event. Rejects when the database
   * cannot be reached in time. Returns the function that unsubscribes.
   */
  async subscribe(topic: string, listener: LiveListener): Promise<() => void> {
    if (this.closed) throw new Error('the live hub is closed');
    let listeners = this.topics.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.topics.set(topic, listeners);
    }
    listeners.add(listener);
    const unsubscribe = () => {
      const set = this.topics.get(topic);
      set?.delete(listener);
      if (set?.size === 0) this.topics.delete(topic);
    };
    try {
      await this.whenListening();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  private async whenListening(): Promise<void> {
    this.listening ??= this.connect();
    const timeoutMs = this.options.connectTimeoutMs ?? 5000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.listening,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            reject(new Error('the live connection is not available'));
          }, timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Connects and LISTENs, retrying with back-off until it works or the hub is closed. */
  private async connect(): Promise<void> {
    let delay = this.options.reconnectMs ?? 250;
    const maxDelay = this.options.maxReconnectMs ?? 10_000;
    for (;;) {
      if (this.closed) throw new Error('the live hub is closed');
      const client = new pg.Client({
        connectionString: this.options.connectionString,
        application_name: 'citymaturity-live',
        keepAlive: true,
      });
      // An error on this connection (e.g. the database restarts) must not crash the process.
      client.on('error', (error) => {
        this.log(`live connection error: ${error.message}`);
      });
      try {
        await client.connect();
        await client.query(`listen ${liveChannel}`);
      } catch (error) {
        this.log(
          `live connection failed: ${(error as Error).message}; retrying in ${String(delay)} ms`,
        );
        await client.end().catch(() => undefined);
        await sleep(delay);
        delay = Math.min(delay * 2, maxDelay);
        continue;
      }
      if (this.isClosed()) {
        // Closed while connecting.
        await client.end().catch(() => undefined);
        throw new Error('the live hub is closed');
      }
      client.on('notification', (notification) => {
        this.dispatch(notification.payload);
      });
      client.once('end', () => {
        this.lost(client);
      });
      this.client = client;
      this.connections++;
      // After a reconnection, changes made while nobody listened may have been missed.
      if (this.connections > 1) this.broadcast({ kind: 'resync' });
      return;
    }
  }

  /** The listening connection ended: reconnect (in the background) unless the hub is closing. */
  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = undefined;
    if (this.closed) return;
    this.log('live connection lost; reconnecting');
    this.listening = this.connect();
    this.listening.catch(() => undefined);
  }

  private dispatch(payload: string | undefined): void {
    if (!payload) return;
    let message: LiveMessage;
    try {
      message = JSON.parse(payload) as LiveMessage;
    } catch {
      return;
    }
    if (typeof message.topic !== 'string' || typeof message.version !== 'number') return;
    for (const listener of this.topics.get(message.topic) ?? []) {
      listener({ kind: 'change', message });
    }
  }

  private broadcast(event: LiveEvent): void {
    for (const listeners of this.topics.values()) {
      for (const listener of listeners) listener(event);
    }
  }

  private isClosed(): boolean {
    return this.closed;
  }

  /** Stops listening and closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    this.topics.clear();
    const client = this.client;
    this.client = undefined;
    this.listening = undefined;
    await client?.end().catch(() => undefined);
  }
}
