import { useTranslation } from 'react-i18next';
import {
  deleteStakeholder,
  stakeholderConflictCode,
  stakeholdersQueryKey,
  type Stakeholder,
} from '../../../api/programme-register.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { ChangedBy } from '../workspace-edit/ChangedBy.js';
import { RegisterTable } from './RegisterTable.js';

/**
 * The register and its engagement plan: every stakeholder with type, influence and interest, the
 * approach their cell suggests, how closely they are engaged (flagged when less than it calls for)
 * and the plan; members who may manage the workspace change or remove one (after confirming, with
 * the principles it agreed).
 */
export function StakeholderTable({
  stakeholders,
  onEdit,
}: {
  stakeholders: readonly Stakeholder[];
  onEdit: (stakeholder: Stakeholder) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId, pack, canManage } = useProgramme();
  const typeName = (id: string) =>
    pack.stakeholder_types?.find((x) => x.id === id)?.name[lang] ?? id;
  const level = (v: number) => t(`stakeholderRegister.levels.${String(v)}`);

  return (
    <RegisterTable
      id="stakeholder-register-title"
      title={t('stakeholderRegister.registerTitle', { count: stakeholders.length })}
      empty={t(canManage ? 'stakeholderRegister.emptyManage' : 'stakeholderRegister.emptyView')}
      columns={[
        t('stakeholderRegister.fields.name'),
        t('stakeholderRegister.fields.typeId'),
        t('stakeholderRegister.influenceInterest'),
        t('stakeholderRegister.approach'),
        t('stakeholderRegister.fields.engagementLevel'),
        t('stakeholderRegister.fields.engagementPlan'),
        t('stakeholderRegister.fields.contact'),
      ]}
      rows={stakeholders}
      anchor={(s) => `stakeholder-${s.id}`}
      name={(s) => s.name}
      removeText={t('stakeholderRegister.remove')}
      deletion={(s) => ({
        title: t('stakeholderRegister.deleteTitle', { name: s.name }),
        content:
          s.principleAgreements > 0
            ? t('stakeholderRegister.deleteWithAgreements', { count: s.principleAgreements })
            : t('stakeholderRegister.deleteConfirm'),
        ok: t('stakeholderRegister.deleteOk'),
        deleted: t('stakeholderRegister.deleted', { name: s.name }),
        remove: () => deleteStakeholder(organisationId, s.id, s.version),
      })}
      conflictCode={stakeholderConflictCode}
      queryKey={stakeholdersQueryKey(organisationId)}
      onEdit={onEdit}
      cells={(s) => (
        <>
          <th scope="row">
            <strong>{s.name}</strong>
            {s.affiliation && <div className="cm-muted">{s.affiliation}</div>}
            {s.principleAgreements > 0 && (
              <div className="cm-muted">
                {t('stakeholderRegister.agreements', { count: s.principleAgreements })}
              </div>
            )}
            <ChangedBy by={s.updatedBy} at={s.updatedAt} />
          </th>
          <td>{typeName(s.typeId)}</td>
          <td>
            {t('stakeholderRegister.influenceInterestValue', {
              influence: level(s.influence),
              interest: level(s.interest),
            })}
          </td>
          <td>{t(`stakeholderRegister.strategy.${s.strategy}`)}</td>
          <td>
            {t(`stakeholderRegister.engagement.${s.engagementLevel}`)}
            {s.underEngaged && (
              <div className="cm-rv-flag">
                <span aria-hidden="true">⚠ </span>
                {t('stakeholderRegister.underEngagedFlag')}
              </div>
            )}
          </td>
          <td className="cm-rv-wide cm-pre-line">{s.engagementPlan}</td>
          <td>{s.contact}</td>
        </>
      )}
    />
  );
}
