import { useCallback, useEffect, useRef, useState } from 'react';
import type { Rating } from '../../api/types.js';
import { emptyRating } from './questionnaire-logic.js';

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: unknown };

/** Text waits this long after the last keystroke before it is saved. */
export const textDebounceMs = 600;

/**
 * Keeps the answers of a response and saves each changed characteristic (one request at a time,
 * in order, always the latest answers): choices at once, text after a pause. A failed save keeps
 * the characteristic marked unsaved until `retry` (or the next change) succeeds.
 */
export function useAutosave(
  initial: Record<string, Rating>,
  save: (characteristicId: string, rating: Rating) => Promise<void>,
) {
  const [ratings, setRatings] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const ratingsRef = useRef(initial);
  const dirty = useRef(new Set<string>());
  const running = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  // A debounced save is waiting (read through a function: the timer changes while a save runs).
  const isWaiting = () => timer.current !== undefined;
  saveRef.current = save;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) return; // The running loop picks up the new changes.
    running.current = true;
    try {
      while (dirty.current.size > 0) {
        const id = dirty.current.values().next().value as string;
        dirty.current.delete(id);
        setState({ kind: 'saving' });
        try {
          await saveRef.current(id, ratingsRef.current[id] ?? emptyRating);
        } catch (error) {
          dirty.current.add(id);
          setState({ kind: 'error', error });
          return;
        }
      }
      setState(isWaiting() ? { kind: 'pending' } : { kind: 'saved' });
    } finally {
      running.current = false;
    }
  }, []);

  /** Changes a characteristic's answers; `immediate` for choices, debounced for typing. */
  const update = useCallback(
    (id: string, change: (rating: Rating) => Rating, immediate: boolean) => {
      const next = change(ratingsRef.current[id] ?? emptyRating);
      ratingsRef.current = { ...ratingsRef.current, [id]: next };
      setRatings(ratingsRef.current);
      dirty.current.add(id);
      if (immediate) {
        void flush();
      } else {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), textDebounceMs);
        if (!running.current) setState({ kind: 'pending' });
      }
    },
    [flush],
  );

  /** Changes a characteristic's local state without saving it (e.g. a file added on its own). */
  const amend = useCallback((id: string, change: (rating: Rating) => Rating) => {
    ratingsRef.current = {
      ...ratingsRef.current,
      [id]: change(ratingsRef.current[id] ?? emptyRating),
    };
    setRatings(ratingsRef.current);
  }, []);

  // Save what is still waiting when the person leaves the page within the app…
  useEffect(
    () => () => {
      if (dirty.current.size > 0) void flush();
    },
    [flush],
  );
  // …and warn before the browser closes the tab with unsaved answers.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size === 0) return;
      void flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [flush]);

  return { ratings, state, update, amend, flush, retry: flush };
}
