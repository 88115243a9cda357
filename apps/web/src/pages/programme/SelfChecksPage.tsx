import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { selfCheckCounts } from './programme-logic.js';
import { ReviewTool } from './reviews/ReviewTool.js';
import { useProgramme } from './useProgramme.js';

/** The two self-checks of the page, by their `?check=` value. */
const checks = ['procurement', 'governance'] as const;
type Check = (typeof checks)[number];

/**
 * The procurement and governance self-checks, as periodic reviews: the traditional → smart
 * procurement table (ISO 37106 6.6.2, table 3; each row rated 1 traditional … 5 smart) and the six
 * key governance changes (1 not begun … 4 embedded), one at a time (`?check=`), each with its
 * history, trend and changes since the previous review.
 */
export default function SelfChecksPage() {
  const { t } = useTranslation('programme');
  const { pack } = useProgramme();
  const [params] = useSearchParams();
  const check: Check = params.get('check') === 'governance' ? 'governance' : 'procurement';
  const counts = selfCheckCounts(pack);
  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('selfChecks.intro', counts)}</p>
      <nav aria-label={t('selfChecks.switch')} className="cm-rv-subnav">
        <ul>
          {checks.map((c) => (
            <li key={c}>
              <Link
                to={{ search: c === 'procurement' ? '' : '?check=governance' }}
                aria-current={c === check ? 'page' : undefined}
              >
                {t(`selfChecks.tab.${c}`, { count: counts[c] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="cm-pg-text">{t(`selfChecks.about.${check}`)}</p>
      <ReviewTool key={check} kind={check} />
    </div>
  );
}
