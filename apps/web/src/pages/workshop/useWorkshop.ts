import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, get } from '../../api/client.js';
import { workshopQueryKey, type WorkshopSource, type WorkshopState } from '../../api/workshop.js';
import { needsRefresh, parseWorkshopEvent } from './workshop-logic.js';

/**
 * The live connection: `connecting` at first, `live` while events arrive, `reconnecting` while the
 * browser reconnects by itself (the server asks for 3 s), `offline` when it gave up (then the page
 * tries again every {@link offlineRetryMs} and reads the state every {@link pollMs} meanwhile).
 */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

const offlineRetryMs = 10_000;
const pollMs = 15_000;

/**
 * The workshop state of a source, kept up to date by its server-sent events: the state is read
 * again whenever an event's version is newer than the state's (always on `resync`).
 */
export function useWorkshop(source: WorkshopSource) {
  const client = useQueryClient();
  const queryKey = workshopQueryKey(source);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const query = useQuery({
    queryKey,
    queryFn: () => get<WorkshopState>(source.statePath),
    // The events say when it changed; without them, read it now and then.
    staleTime: live === 'live' ? Infinity : 0,
    refetchInterval: live === 'live' ? false : pollMs,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const { eventsPath } = source;
  const keyText = JSON.stringify(queryKey);
  // Refused (no workshop, no right, dead link): no point in listening.
  const refused =
    query.error instanceof ApiError && query.error.status >= 400 && query.error.status < 500;

  useEffect(() => {
    if (refused) return;
    if (typeof EventSource === 'undefined') {
      setLive('offline');
      return;
    }
    const key = JSON.parse(keyText) as string[];
    let stream: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      stream = new EventSource(eventsPath);
      stream.addEventListener('open', () => {
        setLive('live');
      });
      stream.addEventListener('workshop', (message) => {
        setLive('live');
        const event = parseWorkshopEvent(message.data);
        if (!event) return;
        const held = client.getQueryData<WorkshopState>(key);
        if (needsRefresh(event, held?.version)) void client.invalidateQueries({ queryKey: key });
      });
      stream.addEventListener('error', () => {
        if (stream?.readyState === EventSource.CLOSED) {
          // Refused (signed out, link revoked…) or the server is gone: try again later.
          setLive('offline');
          stream.close();
          retry = setTimeout(connect, offlineRetryMs);
        } else setLive('reconnecting');
      });
    };
    connect();
    return () => {
      clearTimeout(retry);
      stream?.close();
    };
  }, [eventsPath, keyText, client, refused]);

  return { query, live };
}
