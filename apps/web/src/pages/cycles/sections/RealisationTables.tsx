import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { CharacteristicRealisation, PlanRealisation } from '../../../api/cycles.js';
import { formatGap, formatMedian } from '../../results/format.js';
import { ScrollTable } from '../../results/sections/ResultSection.js';
import { byDimension, countTotal, statusOrder } from '../realisation-logic.js';
import { StatusLabel } from './CycleBits.js';

function CharacteristicName({
  id,
  model,
  lang,
}: {
  id: string;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const name = model.characteristicById.get(id)?.characteristic.name[lang] ?? '';
  return (
    <>
      {id} {name}
    </>
  );
}

/** The status, and why it is unknown when it is. */
function StatusCell({ row }: { row: CharacteristicRealisation }) {
  const { t } = useTranslation('cycles');
  return (
    <td>
      <StatusLabel status={row.status} />
      {row.reason && (
        <span className="cm-r-block cm-r-note">{t(`realisation.reason.${row.reason}`)}</span>
      )}
    </td>
  );
}

/** The chart's numbers: how many characteristics in each status, overall and per dimension. */
export function CountsTable({
  plan,
  model,
  lang,
}: {
  plan: PlanRealisation;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const dimensions = model.pack.dimensions.filter((d) => plan.byDimension[d.id]);
  const caption = t('realisation.counts.caption');
  return (
    <ScrollTable label={caption}>
      <table className="cm-r-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('realisation.columns.status')}</th>
            <th scope="col" className="cm-r-num">
              {t('realisation.all')}
            </th>
            {dimensions.map((d) => (
              <th scope="col" key={d.id} className="cm-r-num">
                {t('table.dimension', { id: d.id })} {d.name[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statusOrder.map((status) => (
            <tr key={status}>
              <th scope="row">
                <StatusLabel status={status} />
              </th>
              <td className="cm-r-num">{plan.counts[status]}</td>
              {dimensions.map((d) => (
                <td key={d.id} className="cm-r-num">
                  {plan.byDimension[d.id]?.[status] ?? 0}
                </td>
              ))}
            </tr>
          ))}
          <tr className="cm-r-row-dimension">
            <th scope="row">{t('realisation.counts.total')}</th>
            <td className="cm-r-num">{countTotal(plan.counts)}</td>
            {dimensions.map((d) => {
              const counts = plan.byDimension[d.id];
              return (
                <td key={d.id} className="cm-r-num">
                  {counts ? countTotal(counts) : 0}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The improvements planned at the previous cycle and not reached, the largest shortfall first. */
export function NotReachedTable({
  plan,
  model,
  lang,
}: {
  plan: PlanRealisation;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const caption = t('realisation.notReached.caption', { count: plan.notReached.length });
  return (
    <ScrollTable label={caption}>
      <table className="cm-r-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('realisation.columns.characteristic')}</th>
            <th scope="col">{t('realisation.columns.status')}</th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.then')}
            </th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.planned')}
            </th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.now')}
            </th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.shortfall')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.notReached.map((row) => (
            <tr key={row.characteristicId}>
              <th scope="row">
                <CharacteristicName id={row.characteristicId} model={model} lang={lang} />
              </th>
              <StatusCell row={row} />
              <td className="cm-r-num">{formatMedian(row.previous.current, lang)}</td>
              <td className="cm-r-num">{formatMedian(row.previous.target, lang)}</td>
              <td className="cm-r-num">{formatMedian(row.now.current, lang)}</td>
              <td className="cm-r-num cm-r-strong">{formatMedian(row.shortfall, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Every characteristic, by dimension: its status, the plan, what was reached and the next plan. */
export function AllCharacteristicsTable({
  plan,
  model,
  lang,
}: {
  plan: PlanRealisation;
  model: ModelIndex;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const caption = t('realisation.every.caption');
  const columns = 7;
  return (
    <ScrollTable label={caption}>
      <table className="cm-r-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('realisation.columns.characteristic')}</th>
            <th scope="col">{t('realisation.columns.status')}</th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.then')}
            </th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.planned')}
            </th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.now')}
            </th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.achieved')}
            </th>
            <th scope="col" className="cm-r-num">
              {t('realisation.columns.nextPlan')}
            </th>
          </tr>
        </thead>
        {byDimension(plan, model).map((group) => {
          const dimension = model.pack.dimensions.find((d) => d.id === group.dimensionId);
          return (
            <tbody key={group.dimensionId}>
              <tr className="cm-r-row-dimension">
                <th scope="colgroup" colSpan={columns}>
                  {t('table.dimension', { id: group.dimensionId })} {dimension?.name[lang]}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.characteristicId}>
                  <th scope="row">
                    <CharacteristicName id={row.characteristicId} model={model} lang={lang} />
                  </th>
                  <StatusCell row={row} />
                  <td className="cm-r-num">{formatMedian(row.previous.current, lang)}</td>
                  <td className="cm-r-num">{formatMedian(row.previous.target, lang)}</td>
                  <td className="cm-r-num">{formatMedian(row.now.current, lang)}</td>
                  <td className="cm-r-num">{formatGap(row.achievedRise, lang)}</td>
                  <td className="cm-r-num">{formatMedian(row.now.target, lang)}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </ScrollTable>
  );
}
