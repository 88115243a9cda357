import type { ReactNode } from 'react';

/**
 * A box that scrolls a wide table sideways on narrow screens (the page itself never does); it can
 * take the keyboard focus so that keyboard users can scroll it too.
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="cm-table-scroll" role="region" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
