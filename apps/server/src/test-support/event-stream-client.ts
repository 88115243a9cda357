// A server-sent events client for tests: reads a text/event-stream response as it arrives.

/** One event of the stream (comments are counted, not returned). */
export interface StreamEvent {
  id: string | undefined;
  event: string;
  data: string;
  /** When it arrived (performance.now()). */
  at: number;
}

/** An open event stream. */
export interface EventStream {
  status: number;
  headers: Headers;
  /** Every event received so far. */
  events: StreamEvent[];
  /** Number of comment lines (heartbeats) received. */
  comments: () => number;
  /** The `retry:` value the server asked for. */
  retry: () => number | undefined;
  /** The next event that matches (already received or to come); rejects after the timeout. */
  next: (match?: (event: StreamEvent) => boolean, timeoutMs?: number) => Promise<StreamEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close: () => void;
}

/** Opens `url` as an event stream with the given headers (e.g. the session cookie). */
export async function openEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: StreamEvent[] = [];
  const waiters: { match: (e: StreamEvent) => boolean; resolve: (e: StreamEvent) => void }[] = [];
  const consumed = new Set<StreamEvent>();
  let comments = 0;
  let retry: number | undefined;

  const deliver = (event: StreamEvent) => {
    events.push(event);
    const waiter = waiters.find((w) => w.match(event));
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      consumed.add(event);
      waiter.resolve(event);
    }
  };

  const ended = (async () => {
    if (!response.body || !(response.headers.get('content-type') ?? '').includes('event-stream'))
      return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = {
            id: undefined as string | undefined,
            event: 'message',
            data: [] as string[],
          };
          let isEvent = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments++;
            else if (line.startsWith('retry:')) retry = Number(line.slice(6).trim());
            else if (line.startsWith('id:')) fields.id = line.slice(3).trim();
            else if (line.startsWith('event:')) fields.event = line.slice(6).trim();
            else if (line.startsWith('data:')) {
              fields.data.push(line.slice(5).trim());
              isEvent = true;
            }
          }
          if (isEvent)
            deliver({
              id: fields.id,
              event: fields.event,
              data: fields.data.join('\n'),
              at: performance.now(),
            });
        }
      }
    } catch {
      // Aborted by close().
    }
  })();

  return {
    status: response.status,
    headers: response.headers,
    events,
    comments: () => comments,
    retry: () => retry,
    next: (match = () => true, timeoutMs = 5000) => {
      const already = events.find((e) => !consumed.has(e) && match(e));
      if (already) {
        consumed.add(already);
        return Promise.resolve(already);
      }
      return new Promise<StreamEvent>((resolve, reject) => {
        const waiter = {
          match,
          resolve: (e: StreamEvent) => {
            clearTimeout(timer);
            resolve(e);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no matching event within ${String(timeoutMs)} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    ended,
    close: () => {
      abort.abort();
    },
  };
}

/** The data of a workshop event. */
export interface WorkshopEventData {
  version: number;
  change: string;
  characteristicId?: string | null;
}

export const dataOf = (event: StreamEvent) => JSON.parse(event.data) as WorkshopEventData;
