import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  deleteStakeholder,
  stakeholderConflict,
  stakeholdersQueryKey,
  type Stakeholder,
} from '../../../api/programme-register.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { useProgramme } from '../useProgramme.js';

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
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const { organisationId, pack, canManage } = useProgramme();
  const typeName = (id: string) =>
    pack.stakeholder_types?.find((x) => x.id === id)?.name[lang] ?? id;
  const level = (v: number) => t(`stakeholderRegister.levels.${String(v)}`);

  const remove = (s: Stakeholder) => {
    modal.confirm({
      title: t('stakeholderRegister.deleteTitle', { name: s.name }),
      content:
        s.principleAgreements > 0
          ? t('stakeholderRegister.deleteWithAgreements', { count: s.principleAgreements })
          : t('stakeholderRegister.deleteConfirm'),
      okText: t('stakeholderRegister.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('reviewTool.cancel'),
      onOk: async () => {
        try {
          await deleteStakeholder(organisationId, s.id, s.version);
          void message.success(t('stakeholderRegister.deleted', { name: s.name }));
        } catch (error) {
          void message.error(
            stakeholderConflict(error) !== undefined
              ? t('stakeholderRegister.deleteConflict')
              : errorMessage(error, t('common:errors.unknown')),
          );
        } finally {
          await client.invalidateQueries({ queryKey: stakeholdersQueryKey(organisationId) });
        }
      },
    });
  };

  return (
    <section aria-labelledby="stakeholder-register-title" className="cm-section">
      <h2 id="stakeholder-register-title">
        {t('stakeholderRegister.registerTitle', { count: stakeholders.length })}
      </h2>
      {stakeholders.length === 0 ? (
        <p className="cm-pg-text">
          {t(canManage ? 'stakeholderRegister.emptyManage' : 'stakeholderRegister.emptyView')}
        </p>
      ) : (
        <TableRegion labelledBy="stakeholder-register-title">
          <table className="cm-table cm-rv-register">
            <thead>
              <tr>
                <th scope="col">{t('stakeholderRegister.fields.name')}</th>
                <th scope="col">{t('stakeholderRegister.fields.typeId')}</th>
                <th scope="col">{t('stakeholderRegister.influenceInterest')}</th>
                <th scope="col">{t('stakeholderRegister.approach')}</th>
                <th scope="col">{t('stakeholderRegister.fields.engagementLevel')}</th>
                <th scope="col">{t('stakeholderRegister.fields.engagementPlan')}</th>
                <th scope="col">{t('stakeholderRegister.fields.contact')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="cm-visually-hidden">{t('reviewTool.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {stakeholders.map((s) => (
                <tr key={s.id} id={`stakeholder-${s.id}`}>
                  <th scope="row">
                    <strong>{s.name}</strong>
                    {s.affiliation && <div className="cm-muted">{s.affiliation}</div>}
                    {s.principleAgreements > 0 && (
                      <div className="cm-muted">
                        {t('stakeholderRegister.agreements', { count: s.principleAgreements })}
                      </div>
                    )}
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
                  {canManage && (
                    <td>
                      <div className="cm-actions">
                        <Button
                          size="small"
                          onClick={() => {
                            onEdit(s);
                          }}
                        >
                          {t('reviewTool.edit')}
                          <span className="cm-visually-hidden">: {s.name}</span>
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => {
                            remove(s);
                          }}
                        >
                          {t('stakeholderRegister.remove')}
                          <span className="cm-visually-hidden">: {s.name}</span>
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
