import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Like the workspace's `useHashTarget`, for targets that may sit inside folded sections: opens
 * every `<details>` around the element named by the address's fragment, then brings it into view
 * and gives it the focus (e.g. a link to an overdue recommendation inside its component's
 * checklist). Again when `ready` turns true: content loaded above the target moves it down.
 */
export function useOpenHashTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!element) return;
    for (let d = element.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
      d.open = true;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [hash, ready]);
}
