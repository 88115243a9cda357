import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../useProgramme.js';
import './tools.css';

/** What the member's role allows on a tool of the workspace: changing it, or reading only. */
export function AccessNote() {
  const { t } = useTranslation('programme');
  const { canManage } = useProgramme();
  return (
    <p className="cm-pgc-access">
      {canManage ? <EditOutlined aria-hidden /> : <EyeOutlined aria-hidden />}{' '}
      {canManage ? t('workspaceEdit.canManage') : t('workspaceEdit.readOnly')}
    </p>
  );
}
