import type { Progress } from '../../api/types.js';

/**
 * How far an invited stakeholder has got: "12 / 32" under the column "Characteristics answered",
 * with a thin bar (hidden from screen readers: the numbers say it). Lighter than antd's Progress in
 * a table of up to hundreds of rows.
 */
export function AnsweredCell({ progress }: { progress: Progress }) {
  const percent = progress.total === 0 ? 0 : (progress.answered / progress.total) * 100;
  return (
    <div className="cm-sh-answered">
      <span className="cm-sh-nowrap">
        {progress.answered} / {progress.total}
      </span>
      <span className="cm-sh-answered-bar" aria-hidden>
        <span style={{ width: `${String(percent)}%` }} />
      </span>
    </div>
  );
}
