import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { conflictOf } from '../../../api/programme-writes.js';
import { errorMessage } from '../../../components/ErrorAlert.js';

/**
 * Asks before deleting a row of the workspace (the safe choice focused), then deletes it as it
 * was read: a row changed meanwhile (the API's 412 `conflictCode`) is kept and the member told so.
 * Either way `refresh` runs after, so that the page shows what is stored.
 */
export function useConfirmDelete() {
  const { t } = useTranslation('programme');
  const { modal, message } = App.useApp();
  return ({
    title,
    content,
    ok = t('workspaceEdit.delete'),
    cancel = t('workspaceEdit.keep'),
    remove,
    deleted,
    conflictCode,
    refresh,
    onDeleted,
  }: {
    title: string;
    content: string;
    ok?: string;
    cancel?: string;
    remove: () => Promise<unknown>;
    /** Said once it is deleted. */
    deleted: string;
    conflictCode?: string;
    refresh: () => Promise<unknown>;
    onDeleted?: () => void;
  }) => {
    modal.confirm({
      title,
      content,
      okText: ok,
      okButtonProps: { danger: true },
      cancelText: cancel,
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await remove();
          void message.success(deleted);
          onDeleted?.();
        } catch (error) {
          if (conflictCode && conflictOf(error, conflictCode) !== undefined)
            void message.warning(t('workspaceEdit.deleteChanged'));
          else void message.error(errorMessage(error, t('common:errors.unknown')));
        }
        await refresh();
      },
    });
  };
}
