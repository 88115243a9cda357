import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form's submit and cancel buttons (after `children`, e.g. a count): busy while saving; once a
 * conflict is shown, its own buttons keep theirs or save over it.
 */
export function FormActions({
  guard,
  submit,
  onCancel,
  className = 'cm-actions',
  children,
}: {
  guard: { busy: boolean; conflict: unknown };
  /** The submit button's text (default "Save"). */
  submit?: string;
  onCancel: () => void;
  className?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('programme');
  return (
    <div className={className}>
      {children}
      <Button type="primary" htmlType="submit" loading={guard.busy && !guard.conflict}>
        {submit ?? t('workspaceEdit.save')}
      </Button>
      <Button onClick={onCancel} disabled={guard.busy}>
        {t('workspaceEdit.cancel')}
      </Button>
    </div>
  );
}
