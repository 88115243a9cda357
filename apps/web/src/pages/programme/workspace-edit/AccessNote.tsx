import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../useProgramme.js';
import './tools.css';

/**
 * What the member's role allows on a tool of the workspace: changing it, or reading only (`what`
 * the tool holds, e.g. "the risk register", when given).
 */
export function AccessNote({ what }: { what?: string }) {
  const { t } = useTranslation('programme');
  const { canManage } = useProgramme();
  return (
    <p className="cm-pgc-access">
      {canManage ? <EditOutlined aria-hidden /> : <EyeOutlined aria-hidden />}{' '}
      {canManage
        ? t('workspaceEdit.canManage')
        : what
          ? t('workspaceEdit.readOnlyOf', { what })
          : t('workspaceEdit.readOnly')}
    </p>
  );
}
