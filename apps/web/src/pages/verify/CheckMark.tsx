import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import './verify.css';

/**
 * The outcome of a check in words with an icon (a tick or a cross: shape and words, never colour
 * alone); `large` for the page's overall verdict.
 */
export function CheckMark({
  ok,
  children,
  large = false,
}: {
  ok: boolean;
  children: ReactNode;
  large?: boolean;
}) {
  const Icon = ok ? CheckCircleFilled : CloseCircleFilled;
  return (
    <div className={`cm-vf-mark ${ok ? 'cm-vf-ok' : 'cm-vf-bad'}${large ? ' cm-vf-large' : ''}`}>
      <Icon aria-hidden className="cm-vf-icon" />
      <div className="cm-vf-mark-text">{children}</div>
    </div>
  );
}
