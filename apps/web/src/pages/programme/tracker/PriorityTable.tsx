import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ComponentTracker } from '../../../api/programme-components.js';
import { useLang } from '../../../components/lang.js';
import { componentAnchor } from '../programme-logic.js';
import { TableSection } from '../sections/TableSection.js';
import { useProgramme } from '../useProgramme.js';
import { formatLevel, rankedComponents, unrankedCodes } from './tracker-logic.js';
import { useShowFirst } from './useShowFirst.js';

/** How many ranked components are shown before "show all". */
const firstCount = 5;

/**
 * Where the assessment's gaps point: the ranked components with their sum of gaps drawn as a bar
 * (the figure written next to it), the number of characteristics with a gap, the largest gap and
 * the recommendations done; how the priority is computed, in words.
 */
export function PriorityTable({ tracker }: { tracker: ComponentTracker }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
  const { search } = useLocation();
  const ranked = rankedComponents(tracker);
  const { shown, toggle } = useShowFirst(ranked, firstCount, 'components.priorities.showAll');
  const largest = Math.max(1, ...ranked.map((c) => c.priority?.gapSum ?? 0));
  const name = (code: string) => pack.components.find((c) => c.code === code)?.name[lang] ?? '';
  return (
    <TableSection
      id="tracker-priorities"
      title={t('components.priorities.title')}
      empty={ranked.length === 0 && <p>{t('components.priorities.none')}</p>}
      columns={[
        t('components.priorities.rank'),
        t('components.priorities.component'),
        t('components.priorities.gapSum'),
        t('components.priorities.withGap'),
        t('components.priorities.gapMax'),
        t('components.priorities.done'),
      ]}
      tableClassName="cm-pgc-priority"
      after={
        <>
          {toggle}
          <p className="cm-pgc-how">
            {t('components.priorities.how', { codes: unrankedCodes(tracker).join(', ') })}
          </p>
        </>
      }
    >
      {shown.map((c) => {
        const priority = c.priority;
        if (!priority) return null;
        return (
          <tr key={c.code}>
            <td>{priority.rank}</td>
            <th scope="row">
              <Link to={{ search, hash: componentAnchor(c.code) }}>
                <span className="cm-pg-code">{c.code}</span> {name(c.code)}
              </Link>
            </th>
            <td>
              <span className="cm-pgc-bar-cell">
                <span
                  className="cm-pgc-bar"
                  aria-hidden="true"
                  style={{ width: `${String((priority.gapSum / largest) * 100)}%` }}
                />
                <span>{formatLevel(priority.gapSum, lang)}</span>
              </span>
            </td>
            <td>{priority.characteristicsWithGap}</td>
            <td>{formatLevel(priority.gapMax, lang)}</td>
            <td>
              {c.progress.applicable === 0
                ? t('components.status.not-applicable')
                : t('components.priorities.doneOf', {
                    done: c.progress.counts.done,
                    applicable: c.progress.applicable,
                  })}
            </td>
          </tr>
        );
      })}
    </TableSection>
  );
}
