import { useTranslation } from 'react-i18next';
import { DownloadOutlined } from '@ant-design/icons';
import {
  stakeholderRegisterWorkbookHref,
  useStakeholderRegister,
  type Stakeholder,
} from '../../api/programme-register.js';
import { useLang } from '../../components/lang.js';
import { RegisterTool } from './registers/RegisterTool.js';
import { StakeholderForm } from './registers/StakeholderForm.js';
import { StakeholderOverview } from './registers/StakeholderOverview.js';
import { StakeholderTable } from './registers/StakeholderTable.js';
import { useProgramme } from './useProgramme.js';

/**
 * The stakeholder register (ISO 37106 6.5.2): the city's stakeholders by the five types, placed on
 * the influence × interest grid with the approach each cell suggests, and how each is engaged (the
 * engagement plan), downloadable as XLSX. Members who may manage the workspace register, change and remove stakeholders.
 */
export default function StakeholderRegisterPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId } = useProgramme();
  const register = useStakeholderRegister(organisationId);
  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('stakeholders.intro')}</p>
      <RegisterTool
        what={t('stakeholderRegister.what')}
        query={register}
        failed={t('stakeholderRegister.loadFailed')}
        addText={t('stakeholderRegister.add')}
        toolbar={
          <a
            className="cm-link-button"
            href={stakeholderRegisterWorkbookHref(organisationId, lang)}
            download
          >
            <DownloadOutlined aria-hidden /> {t('stakeholderRegister.download')}
          </a>
        }
        anchor={(s: Stakeholder) => `stakeholder-${s.id}`}
        form={(_, stakeholder, onClose) => <StakeholderForm base={stakeholder} onClose={onClose} />}
        view={(data, onEdit) => (
          <>
            <StakeholderOverview register={data} />
            <StakeholderTable stakeholders={data.stakeholders} onEdit={onEdit} />
          </>
        )}
      />
    </div>
  );
}
