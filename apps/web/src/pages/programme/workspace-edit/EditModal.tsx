import { Alert, Form, Modal, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A row of the workspace edited in a dialog: the conflict once a save is refused as stale, else
 * the last refusal's message (its `inlineProblem`), then the form (disabled while saving).
 */
export function EditModal<Values>({
  title,
  width,
  form,
  name,
  initialValues,
  guard,
  conflict,
  onFinish,
  onClose,
  children,
}: {
  title: string;
  width?: number;
  form: FormInstance<Values>;
  /** The form's name (prefixes its fields' ids). */
  name: string;
  initialValues: FormProps<Values>['initialValues'];
  /** The save's state (see useGuardedSave). */
  guard: { busy: boolean; conflict: unknown; problem: string | undefined };
  /** The {@link WorkspaceConflict} of the save. */
  conflict: ReactNode;
  onFinish: (values: Values) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('programme');
  return (
    <Modal
      open
      title={title}
      width={width}
      okText={t('workspaceEdit.save')}
      cancelText={t('workspaceEdit.cancel')}
      okButtonProps={{ loading: guard.busy }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {conflict}
      {guard.problem && !guard.conflict && (
        <Alert type="error" showIcon role="alert" title={guard.problem} className="cm-rm-problem" />
      )}
      <Form<Values>
        form={form}
        name={name}
        layout="vertical"
        className="cm-rm-form"
        initialValues={initialValues}
        disabled={guard.busy}
        onFinish={onFinish}
      >
        {children}
      </Form>
    </Modal>
  );
}
