import { StarFilled } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MaturityModel } from '../../../api/model.js';
import {
  deleteInitiative,
  initiativeConflictCode,
  type CharacteristicComparison,
  type Initiative,
} from '../../../api/programme-roadmap.js';
import { formatDate, formatNumber } from '../../../components/format.js';
import { useLang } from '../../../components/lang.js';
import { componentAnchor } from '../programme-logic.js';
import { programmePath } from '../tools.js';
import { useProgramme } from '../useProgramme.js';
import { ChangedBy } from '../workspace-edit/ChangedBy.js';
import { RowActions } from '../workspace-edit/RowActions.js';
import { useConfirmDelete } from '../workspace-edit/useConfirmDelete.js';
import { formatLevel, formatMoney } from './roadmap-logic.js';

/** The number of days from one date to another, both included. */
function daysBetween(start: string, end: string): number {
  return (
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 864e5) + 1
  );
}

/**
 * One initiative: its dates, owner, budget, quick-win flag, the components it applies (linked to
 * the tracker) and the characteristics it lifts, each with the assessment's current and two-year
 * levels beside the level aimed for; edit and delete for the programme office.
 */
export function InitiativeCard({
  initiative,
  model,
  compared,
  horizon,
  onEdit,
}: {
  initiative: Initiative;
  model: MaturityModel | undefined;
  compared: ReadonlyMap<string, CharacteristicComparison>;
  horizon: string | null;
  onEdit: (initiative: Initiative) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const confirmDelete = useConfirmDelete();
  const client = useQueryClient();
  const { organisationId, canManage } = useProgramme();
  const headingId = `initiative-${initiative.id}`;
  const beyond = horizon !== null && initiative.endsOn > horizon;

  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['programme-roadmap', organisationId] }),
      client.invalidateQueries({ queryKey: ['programme-benefit-map', organisationId] }),
    ]);

  const remove = () => {
    confirmDelete({
      title: t('roadmap.deleteTitle', { title: initiative.title }),
      content: initiative.benefitNodeId ? t('roadmap.deleteWithNode') : t('roadmap.deleteConfirm'),
      remove: () => deleteInitiative(organisationId, initiative.id, initiative.version),
      deleted: t('roadmap.deleted', { title: initiative.title }),
      conflictCode: initiativeConflictCode,
      refresh,
    });
  };

  return (
    <article aria-labelledby={headingId} className="cm-rm-initiative">
      <h4 id={headingId}>
        {initiative.title}{' '}
        {initiative.quickWin && (
          <Tag color="gold" icon={<StarFilled aria-hidden />}>
            {t('roadmap.quickWin')}
          </Tag>
        )}
      </h4>
      {initiative.description && <p className="cm-pre-line">{initiative.description}</p>}
      <dl className="cm-rm-fields">
        <div>
          <dt>{t('roadmap.fields.dates')}</dt>
          <dd>
            {t('roadmap.dates', {
              start: formatDate(initiative.startsOn, lang),
              end: formatDate(initiative.endsOn, lang),
              days: formatNumber(daysBetween(initiative.startsOn, initiative.endsOn), lang),
            })}
            {beyond && (
              <span className="cm-rm-flag">
                {t('roadmap.beyondHorizon', { date: formatDate(horizon, lang) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('roadmap.fields.owner')}</dt>
          <dd>{initiative.owner || t('workspaceEdit.none')}</dd>
        </div>
        <div>
          <dt>{t('roadmap.fields.budget')}</dt>
          <dd>
            {initiative.budget === null
              ? t('roadmap.noBudget')
              : formatMoney(initiative.budget, initiative.currency, lang)}
          </dd>
        </div>
        <div>
          <dt>{t('roadmap.fields.components')}</dt>
          <dd>
            {initiative.componentCodes.length === 0
              ? t('workspaceEdit.none')
              : initiative.componentCodes.map((code) => (
                  <Link
                    key={code}
                    className="cm-rm-code"
                    to={`${programmePath(organisationId, 'components')}#${componentAnchor(code)}`}
                  >
                    {code}
                  </Link>
                ))}
          </dd>
        </div>
        <div className="cm-rm-wide">
          <dt>{t('roadmap.fields.lifts')}</dt>
          <dd>
            {initiative.lifts.length === 0 ? (
              t('workspaceEdit.none')
            ) : (
              <ul className="cm-rm-lifts">
                {initiative.lifts.map((lift) => {
                  const c = compared.get(lift.characteristicId);
                  const name = model?.index.characteristicById.get(lift.characteristicId)
                    ?.characteristic.name[lang];
                  return (
                    <li key={lift.characteristicId}>
                      <span className="cm-pg-code">{lift.characteristicId}</span> {name ?? ''} →{' '}
                      <strong>{t('roadmap.toLevel', { level: lift.targetLevel })}</strong>
                      {c && (
                        <span className="cm-muted">
                          {' '}
                          {t('roadmap.assessedLevels', {
                            current: formatLevel(c.current, lang),
                            target: formatLevel(c.target, lang),
                          })}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {initiative.benefitNodeId && (
        <p className="cm-rm-note">
          <Link
            to={`${programmePath(organisationId, 'benefits')}#benefit-node-${initiative.benefitNodeId}`}
          >
            {t('roadmap.onMap')}
          </Link>
        </p>
      )}
      <ChangedBy by={initiative.updatedBy} at={initiative.updatedAt} />
      {canManage && (
        <RowActions
          name={initiative.title}
          edit={t('roadmap.edit')}
          remove={t('workspaceEdit.delete')}
          onEdit={() => {
            onEdit(initiative);
          }}
          onRemove={remove}
        />
      )}
    </article>
  );
}
