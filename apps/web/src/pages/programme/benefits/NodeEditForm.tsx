import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  conflictingNode,
  createBenefitNode,
  updateBenefitNode,
  type BenefitNode,
} from '../../../api/programme-benefits.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { useProgramme } from '../useProgramme.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';

interface NodeValues {
  label: string;
  description: string;
}

/**
 * Renames a node of the benefit map and changes its description from the version shown when
 * editing began; when someone changed the node meanwhile, theirs is shown next to yours. A node
 * standing for a purpose or a roadmap initiative may go without a label of its own (it is then
 * named after it).
 */
export function NodeEditForm({
  node,
  name,
  onClose,
}: {
  node: BenefitNode;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('programme');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const [form] = Form.useForm<NodeValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [theirs, setTheirs] = useState<BenefitNode | null>();
  const [yours, setYours] = useState<NodeValues>();
  const labelOptional = node.purposeId !== null || node.initiativeId !== null;

  const save = async (values: NodeValues, version: number | undefined) => {
    setBusy(true);
    setProblem(undefined);
    const change = { label: values.label.trim(), description: values.description.trim() };
    try {
      if (version === undefined)
        await createBenefitNode(organisationId, {
          kind: node.kind,
          ...change,
          initiativeId: node.initiativeId,
          purposeId: node.purposeId,
          x: node.x,
          y: node.y,
        });
      else await updateBenefitNode(organisationId, node.id, change, version);
      void message.success(t('benefits.nodeSaved', { name: change.label || name }));
      await client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) });
      onClose();
    } catch (error) {
      const stored = conflictingNode(error);
      if (stored !== undefined) {
        setTheirs(stored);
        setYours(change);
        void client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) });
        return;
      }
      form.setFields(fieldErrors(error, ['label', 'description']));
      setProblem(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('benefits.editNodeTitle', { name })}
      okText={t('workspaceEdit.save')}
      cancelText={t('workspaceEdit.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {theirs !== undefined && yours && (
        <WorkspaceConflict
          name={name}
          stored={theirs}
          busy={busy}
          rows={[
            {
              key: 'label',
              label: t('benefits.fields.label'),
              theirs: theirs?.label ?? '',
              yours: yours.label,
            },
            {
              key: 'description',
              label: t('benefits.fields.description'),
              theirs: theirs?.description ?? '',
              yours: yours.description,
            },
          ]}
          onTakeTheirs={onClose}
          onOverwrite={() => {
            void save(yours, theirs?.version);
          }}
        />
      )}
      {problem && theirs === undefined && (
        <Alert type="error" showIcon role="alert" title={problem} className="cm-rm-problem" />
      )}
      <Form<NodeValues>
        form={form}
        name={`benefit-node-${node.id}`}
        layout="vertical"
        className="cm-rm-form"
        initialValues={{ label: node.label, description: node.description }}
        disabled={busy}
        onFinish={(values) => {
          void save(values, node.version);
        }}
      >
        <Form.Item
          label={t('benefits.fields.label')}
          name="label"
          extra={labelOptional ? t('benefits.labelOptional') : undefined}
          rules={
            labelOptional
              ? []
              : [{ required: true, whitespace: true, message: t('workspaceEdit.required') }]
          }
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('benefits.fields.description')} name="description">
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
