import { useTranslation } from 'react-i18next';
import type { ImportedRespondent } from '../../api/exchange.js';
import { useStakeholderGroups } from '../../api/stakeholders.js';
import { DataTable } from '../../components/DataTable.js';
import { useGroupName } from '../stakeholders/useGroupName.js';

/**
 * The respondents an import added: name and stakeholder group as read from the form, the file,
 * and how many characteristics it answered (both levels given, or "don't know") of all.
 */
export function ImportedRespondents({
  organisationId,
  respondents,
  total,
  labelledBy,
}: {
  organisationId: string;
  respondents: readonly ImportedRespondent[];
  /** Characteristics of the model. */
  total: number;
  labelledBy: string;
}) {
  const { t } = useTranslation('exchange');
  const groups = useStakeholderGroups(organisationId);
  const groupName = useGroupName(groups.data);
  return (
    <DataTable<ImportedRespondent>
      labelledBy={labelledBy}
      rows={respondents}
      rowKey={(r) => r.id}
      empty={t('result.none')}
      columns={[
        { key: 'name', title: t('result.name'), rowHeader: true, render: (r) => r.name },
        {
          key: 'group',
          title: t('result.group'),
          render: (r) => (r.group === null ? t('result.noGroup') : groupName(r.group)),
        },
        { key: 'file', title: t('result.file'), render: (r) => r.file },
        {
          key: 'answered',
          title: t('result.answered'),
          render: (r) => t('result.answeredCount', { answered: r.answered, total }),
        },
      ]}
    />
  );
}
