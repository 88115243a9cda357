import { repositories, type Executor } from '@citymaturity/db';
import { liveChannel } from './live-hub.js';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const maxPayloadBytes = 8000;

/**
 * Announces a change to every server process (and through them to every follower), from inside
 * the transaction that makes it: PostgreSQL delivers it only on commit. The payload names what
 * changed (ids, a version) and never carries data: followers read the state again, through their
 * own authorization.
 */
export async function notifyLive(
  tx: Executor,
  topic: string,
  payload: { version: number } & Record<string, string | number | null>,
): Promise<void> {
  const text = JSON.stringify({ ...payload, topic });
  if (Buffer.byteLength(text) >= maxPayloadBytes)
    throw new Error(`live notification too large (${String(Buffer.byteLength(text))} bytes)`);
  await repositories.notifyChannel(tx, liveChannel, text);
}

/** The topic of an assessment's workshop. */
export const workshopTopic = (assessmentId: string) => `workshop:${assessmentId}`;

/** What changed in a workshop, as its followers are told. */
export type WorkshopChange = 'focus' | 'consensus' | 'reveal' | 'submit';

/**
 * Tells every follower of an assessment's workshop that it changed: `version` is the assessment's
 * hash-chain sequence number after the change (as `appendAssessmentEvent` returns it).
 */
export function notifyWorkshopChange(
  tx: Executor,
  assessmentId: string,
  change: { version: number; change: WorkshopChange; characteristicId?: string | null },
): Promise<void> {
  return notifyLive(tx, workshopTopic(assessmentId), {
    version: change.version,
    change: change.change,
    characteristicId: change.characteristicId ?? null,
  });
}
