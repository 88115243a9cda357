import { PlusOutlined } from '@ant-design/icons';
import { benefitNodeKinds, type BenefitNodeKind } from '@citymaturity/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  createBenefitNode,
  type BenefitMap,
} from '../../../api/programme-benefits.js';
import type { Roadmap } from '../../../api/programme-roadmap.js';
import { Panel } from '../../../components/Panel.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { fieldErrors } from '../../../components/form-errors.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { nextNodePosition } from './benefit-logic.js';

interface NodeValues {
  kind: BenefitNodeKind;
  initiativeId: string;
  purposeId: string;
  label: string;
  description: string;
}

const initialValues: NodeValues = {
  kind: 'output',
  initiativeId: '',
  purposeId: '',
  label: '',
  description: '',
};

/**
 * Adds a node to the benefit map without the mouse: its kind, then for a purpose which of the
 * pack's purposes it stands for (each once), for an initiative optionally the roadmap initiative
 * it stands for (each once), and a label where one is needed. It goes under the last node of its
 * column.
 */
export function AddNodeForm({ map, roadmap }: { map: BenefitMap; roadmap: Roadmap }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { pack, organisationId } = useProgramme();
  const [form] = Form.useForm<NodeValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const kind = (Form.useWatch('kind', form) as BenefitNodeKind | undefined) ?? initialValues.kind;
  const initiativeId = (Form.useWatch('initiativeId', form) as string | undefined) ?? '';
  const onMap = new Set(map.nodes.flatMap((n) => [n.initiativeId, n.purposeId]));
  const freeInitiatives = roadmap.initiatives.filter((i) => !onMap.has(i.id));
  const freePurposes = (pack.purposes ?? []).filter((p) => !onMap.has(p.id));
  const labelNeeded = kind !== 'purpose' && !(kind === 'initiative' && initiativeId);

  const save = async (values: NodeValues) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await createBenefitNode(organisationId, {
        kind: values.kind,
        label: values.kind === 'purpose' ? '' : values.label.trim(),
        description: values.description.trim(),
        initiativeId:
          values.kind === 'initiative' && values.initiativeId ? values.initiativeId : null,
        purposeId: values.kind === 'purpose' ? values.purposeId : null,
        ...nextNodePosition(map.nodes, values.kind),
      });
      const name =
        saved.label ||
        roadmap.initiatives.find((i) => i.id === saved.initiativeId)?.title ||
        pack.purposes?.find((p) => p.id === saved.purposeId)?.name[lang] ||
        '';
      void message.success(t('benefits.nodeAdded', { name }));
      form.resetFields();
      form.setFieldValue('kind', values.kind);
      await client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) });
      await client.invalidateQueries({ queryKey: ['programme-roadmap', organisationId] });
    } catch (error) {
      form.setFields(
        fieldErrors(error, ['kind', 'label', 'description', 'initiativeId', 'purposeId']),
      );
      setProblem(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel className="cm-bn-form">
      <h3 id="add-benefit-node">{t('benefits.addNodeTitle')}</h3>
      <p className="cm-muted">{t('benefits.addNodeIntro')}</p>
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} className="cm-rm-problem" />
      )}
      <Form<NodeValues>
        form={form}
        name="add-benefit-node"
        layout="vertical"
        className="cm-rm-form"
        aria-labelledby="add-benefit-node"
        initialValues={initialValues}
        disabled={busy}
        onFinish={(values) => void save(values)}
      >
        <Form.Item label={t('benefits.fields.kind')} name="kind">
          <NativeSelect
            options={benefitNodeKinds.map((k) => ({ value: k, label: t(`benefits.kind.${k}`) }))}
          />
        </Form.Item>
        {kind === 'purpose' && (
          <Form.Item
            label={t('benefits.fields.purpose')}
            name="purposeId"
            rules={[{ required: true, message: t('benefits.purposeRequired') }]}
            extra={freePurposes.length === 0 ? t('benefits.allPurposesOnMap') : undefined}
          >
            <NativeSelect
              options={[
                { value: '', label: t('benefits.choosePurpose') },
                ...freePurposes.map((p) => ({ value: p.id, label: p.name[lang] })),
              ]}
            />
          </Form.Item>
        )}
        {kind === 'initiative' && (
          <Form.Item
            label={t('benefits.fields.initiative')}
            name="initiativeId"
            extra={t('benefits.initiativeHelp')}
          >
            <NativeSelect
              options={[
                { value: '', label: t('benefits.noInitiative') },
                ...freeInitiatives.map((i) => ({ value: i.id, label: i.title })),
              ]}
            />
          </Form.Item>
        )}
        {kind !== 'purpose' && (
          <Form.Item
            label={t('benefits.fields.label')}
            name="label"
            rules={
              labelNeeded
                ? [{ required: true, whitespace: true, message: t('workspaceEdit.required') }]
                : []
            }
            extra={labelNeeded ? undefined : t('benefits.labelOptional')}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item label={t('benefits.fields.description')} name="description">
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} icon={<PlusOutlined aria-hidden />}>
          {t('benefits.addNode')}
        </Button>
      </Form>
    </Panel>
  );
}
