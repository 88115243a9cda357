import type { ReactNode } from 'react';

/**
 * A titled part of the results: a region landmark named by its heading, so that screen-reader
 * users (and tests) can jump to "Radar chart by sub-dimension", "Priorities" and so on.
 */
export function ResultSection({
  id,
  title,
  level = 2,
  intro,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  level?: 2 | 3;
  intro?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={['cm-r-section', className].filter(Boolean).join(' ')}
    >
      <Heading id={`${id}-heading`} className="cm-r-section-title">
        {title}
      </Heading>
      {intro && <div className="cm-r-intro">{intro}</div>}
      {children}
    </section>
  );
}

/** A table inside its own horizontally scrollable box (reachable by keyboard), named by its caption. */
export function ScrollTable({
  label,
  id,
  children,
}: {
  label: string;
  id?: string;
  children: ReactNode;
}) {
  return (
    <div className="cm-r-table-box" role="region" aria-label={label} tabIndex={0} id={id}>
      {children}
    </div>
  );
}
