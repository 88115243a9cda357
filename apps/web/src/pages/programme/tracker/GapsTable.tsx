import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMaturityModel } from '../../../api/model.js';
import type { ComponentTracker } from '../../../api/programme-components.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { componentAnchor } from '../programme-logic.js';
import { formatLevel } from './tracker-logic.js';

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
  const [all, setAll] = useState(false);
  const gaps = tracker.gaps;
  const shown = all ? gaps : gaps.slice(0, firstCount);
  const name = (id: string) =>
    model?.index.characteristicById.get(id)?.characteristic.name[lang] ?? '';
  return (
    <section aria-labelledby="tracker-gaps" className="cm-section">
      <h2 id="tracker-gaps">{t('components.gaps.title')}</h2>
      <p className="cm-pgc-how">{t('components.gaps.how')}</p>
      {gaps.length === 0 ? (
        <p>{t('components.gaps.none')}</p>
      ) : (
        <>
          <TableRegion labelledBy="tracker-gaps">
            <table className="cm-table cm-pgc-gaps">
              <thead>
                <tr>
                  <th scope="col">{t('components.gaps.characteristic')}</th>
                  <th scope="col">{t('components.gaps.current')}</th>
                  <th scope="col">{t('components.gaps.target')}</th>
                  <th scope="col">{t('components.gaps.gap')}</th>
                  <th scope="col">{t('components.gaps.components')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((g) => (
                  <tr key={g.characteristicId}>
                    <th scope="row">
                      <span className="cm-pgc-char">{g.characteristicId}</span>{' '}
                      {name(g.characteristicId)}
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
              </tbody>
            </table>
          </TableRegion>
          {gaps.length > firstCount && (
            <Button
              type="link"
              className="cm-pgc-more"
              aria-expanded={all}
              onClick={() => {
                setAll(!all);
              }}
            >
              {all
                ? t('components.priorities.showTop', { count: firstCount })
                : t('components.gaps.showAll', { count: gaps.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
