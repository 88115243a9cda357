import { useQueryClient } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  benefitNodeConflictCode,
  createBenefitNode,
  updateBenefitNode,
  type BenefitNode,
} from '../../../api/programme-benefits.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { useProgramme } from '../useProgramme.js';
import { conflictRows } from '../workspace-edit/edit-logic.js';
import { EditModal } from '../workspace-edit/EditModal.js';
import { useGuardedSave } from '../workspace-edit/useGuardedSave.js';
import { WorkspaceConflict } from '../workspace-edit/WorkspaceConflict.js';

interface NodeValues {
  label: string;
  description: string;
}

const fields = ['label', 'description'] as const;
const trimmed = (v: NodeValues): NodeValues => ({
  label: v.label.trim(),
  description: v.description.trim(),
});

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
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const [form] = Form.useForm<NodeValues>();
  const guard = useGuardedSave<BenefitNode>(benefitNodeConflictCode, { inlineProblem: true });
  const labelOptional = node.purposeId !== null || node.initiativeId !== null;
  const refresh = () => client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) });

  const submit = (values: NodeValues) => {
    const change = trimmed(values);
    void guard.run(
      (version) =>
        version
          ? updateBenefitNode(organisationId, node.id, change, version)
          : createBenefitNode(organisationId, {
              kind: node.kind,
              ...change,
              initiativeId: node.initiativeId,
              purposeId: node.purposeId,
              x: node.x,
              y: node.y,
            }),
      guard.versionFrom(node.version),
      {
        refresh,
        saved: () => t('benefits.nodeSaved', { name: change.label || name }),
        onSaved: onClose,
        onError: (error) => {
          form.setFields(fieldErrors(error, fields));
        },
      },
    );
  };

  return (
    <EditModal<NodeValues>
      title={t('benefits.editNodeTitle', { name })}
      form={form}
      name={`benefit-node-${node.id}`}
      initialValues={{ label: node.label, description: node.description }}
      guard={guard}
      conflict={
        <WorkspaceConflict
          guard={guard}
          name={name}
          rows={(theirs) =>
            conflictRows(
              fields,
              (field) => t(`benefits.fields.${field}`),
              trimmed(form.getFieldsValue(true) as NodeValues),
              theirs ?? undefined,
            )
          }
          onTakeTheirs={onClose}
          onOverwrite={() => {
            form.submit();
          }}
        />
      }
      onFinish={submit}
      onClose={onClose}
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
    </EditModal>
  );
}
