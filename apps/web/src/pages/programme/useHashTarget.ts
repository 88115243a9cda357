import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element named by the address's fragment into view and gives it the focus, once the
 * page has rendered (a link from another tool, e.g. to `components#component-B7`; the router does
 * not scroll to fragments itself).
 */
export function useHashTarget(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [hash]);
}
