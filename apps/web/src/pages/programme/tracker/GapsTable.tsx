import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMaturityModel } from '../../../api/model.js';
import type { ComponentTracker } from '../../../api/programme-components.js';
import { useLang } from '../../../components/lang.js';
import { componentAnchor } from '../programme-logic.js';
import { TableSection } from '../sections/TableSection.js';
import { formatLevel } from './tracker-logic.js';
import { useShowFirst } from './useShowFirst.js';

/** How many planned improvements are shown before "show all". */
const firstCount = 8;

/**
 * The assessment's planned improvements (target above current), largest gap first, each with the
 * components Annex B links to it (links to their entries).
 */
export function GapsTable({ tracker }: { tracker: ComponentTracker }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const model = useMaturityModel();
  const { search } = useLocation();
  const gaps = tracker.gaps;
  const { shown, toggle } = useShowFirst(gaps, firstCount, 'components.gaps.showAll');
  const name = (id: string) =>
    model?.index.characteristicById.get(id)?.characteristic.name[lang] ?? '';
  return (
    <TableSection
      id="tracker-gaps"
      title={t('components.gaps.title')}
      before={<p className="cm-pgc-how">{t('components.gaps.how')}</p>}
      empty={gaps.length === 0 && <p>{t('components.gaps.none')}</p>}
      columns={[
        t('components.gaps.characteristic'),
        t('components.gaps.current'),
        t('components.gaps.target'),
        t('components.gaps.gap'),
        t('components.gaps.components'),
      ]}
      tableClassName="cm-pgc-gaps"
      after={toggle}
    >
      {shown.map((g) => (
        <tr key={g.characteristicId}>
          <th scope="row">
            <span className="cm-pgc-char">{g.characteristicId}</span> {name(g.characteristicId)}
          </th>
          <td>{formatLevel(g.current, lang)}</td>
          <td>{formatLevel(g.target, lang)}</td>
          <td>{formatLevel(g.gap, lang)}</td>
          <td>
            {g.componentCodes.length === 0
              ? t('components.gaps.noLink')
              : g.componentCodes.map((code, i) => (
                  <span key={code}>
                    {i > 0 && ' '}
                    <Link to={{ search, hash: componentAnchor(code) }}>{code}</Link>
                  </span>
                ))}
          </td>
        </tr>
      ))}
    </TableSection>
  );
}
