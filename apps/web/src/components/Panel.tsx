import type { ReactNode } from 'react';
import './panel.css';

/**
 * A bordered white box around a form or a group of facts. Used instead of antd's Card, whose
 * bundle brings tabs, menus and dropdowns along (22 KB gzip on every page that has one) for a
 * box that needs none of them.
 */
export function Panel({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={className ? `cm-panel ${className}` : 'cm-panel'}>{children}</div>;
}
