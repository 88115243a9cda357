import { minimumEngagement } from '@citymaturity/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderRegister } from '../../../api/programme-register.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { HowToRead, LazyChart } from '../reviews/LazyChart.js';
import { PackNotes, SourceLine } from '../sections/PackText.js';
import { useProgramme } from '../useProgramme.js';

/**
 * The register at a glance: the influence × interest grid (chart with the approach each cell
 * suggests, how to read it, the same as a table naming the stakeholders of each cell), who is
 * engaged less closely than their cell calls for, and the five types of stakeholder (ISO 37106
 * 6.5.2) with how many are registered of each.
 */
export function StakeholderOverview({ register }: { register: StakeholderRegister }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
  const tableId = useId();
  const { summary, stakeholders } = register;
  const chart = useMemo(
    () => ({
      kind: 'stakeholder-grid' as const,
      input: {
        cells: summary.grid.map((c) => ({
          influence: c.influence,
          interest: c.interest,
          count: c.count,
          approach: c.strategy,
        })),
      },
    }),
    [summary.grid],
  );
  const nameOf = (id: string) => stakeholders.find((s) => s.id === id)?.name ?? id;
  const list = (ids: readonly string[]) => ids.map(nameOf).join(lang === 'zh' ? '、' : ', ');
  const level = (v: number) => t(`stakeholderRegister.levels.${String(v)}`);

  return (
    <>
      <section aria-labelledby="stakeholder-grid-title" className="cm-section">
        <h2 id="stakeholder-grid-title">{t('stakeholderRegister.gridTitle')}</h2>
        <p className="cm-pg-text">{t('stakeholders.gridExplained')}</p>
        <LazyChart chart={chart} loading={t('reviewTool.chartLoading')} />
        <HowToRead
          title={t('reviewTool.howToRead')}
          paragraphs={[
            t('stakeholderRegister.how.cells'),
            t('stakeholderRegister.how.strategies'),
            t('stakeholderRegister.how.minimum', {
              manageClosely: t(
                `stakeholderRegister.engagement.${minimumEngagement['manage-closely']}`,
              ),
              keepSatisfied: t(
                `stakeholderRegister.engagement.${minimumEngagement['keep-satisfied']}`,
              ),
              others: t(`stakeholderRegister.engagement.${minimumEngagement['keep-informed']}`),
            }),
          ]}
        />
        <details className="cm-rv-table-toggle">
          <summary id={tableId}>{t('stakeholderRegister.gridTable')}</summary>
          <TableRegion labelledBy={tableId}>
            <table className="cm-table cm-rv-register">
              <thead>
                <tr>
                  <th scope="col">{t('stakeholderRegister.fields.influence')}</th>
                  <th scope="col">{t('stakeholderRegister.fields.interest')}</th>
                  <th scope="col">{t('stakeholderRegister.approach')}</th>
                  <th scope="col" className="cm-right">
                    {t('stakeholderRegister.count')}
                  </th>
                  <th scope="col">{t('stakeholderRegister.who')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.grid.map((cell) => (
                  <tr key={`${String(cell.influence)}-${String(cell.interest)}`}>
                    <th scope="row">{level(cell.influence)}</th>
                    <td>{level(cell.interest)}</td>
                    <td>{t(`stakeholderRegister.strategy.${cell.strategy}`)}</td>
                    <td className="cm-right">{cell.count}</td>
                    <td className="cm-rv-wide">{list(cell.stakeholderIds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </details>
        {summary.underEngaged.length > 0 && (
          <p className="cm-pg-text cm-rv-after-toggle">
            <strong className="cm-rv-flag">
              {t('stakeholderRegister.underEngaged', { count: summary.underEngaged.length })}
            </strong>{' '}
            {list(summary.underEngaged)}
          </p>
        )}
      </section>
      <section aria-labelledby="stakeholder-types-title" className="cm-section">
        <h2 id="stakeholder-types-title">{t('stakeholderRegister.typesTitle')}</h2>
        <ul className="cm-plain-list cm-pg-cards">
          {(pack.stakeholder_types ?? []).map((type) => {
            const count = summary.byType.find((b) => b.typeId === type.id)?.count ?? 0;
            const names = stakeholders.filter((s) => s.typeId === type.id).map((s) => s.id);
            return (
              <li key={type.id} className="cm-pg-card">
                <h3 id={`stakeholder-type-${type.id}`}>
                  {type.name[lang]}{' '}
                  <span className="cm-muted">{t('stakeholderRegister.typeCount', { count })}</span>
                </h3>
                {names.length > 0 && <p>{list(names)}</p>}
                <p className="cm-muted">{type.description[lang]}</p>
                <details className="cm-pg-notes">
                  <summary>{t('stakeholders.examples')}</summary>
                  <ul>
                    {type.examples.map((example, i) => (
                      <li key={i}>{example[lang]}</li>
                    ))}
                  </ul>
                </details>
                <PackNotes notes={type.notes} />
                <SourceLine source={type.source} />
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
