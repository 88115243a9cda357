import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  benefitMapQueryKey,
  createBenefitLink,
  type BenefitMap,
} from '../../../api/programme-benefits.js';
import { errorMessage } from '../../../components/ErrorAlert.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { Panel } from '../../../components/Panel.js';
import { useProgramme } from '../useProgramme.js';
import { allowedTargets, nodesByKind } from './benefit-logic.js';

interface LinkValues {
  fromNodeId: string;
  toNodeId: string;
}

/**
 * Draws an arrow without the mouse: from a node to one the logic model allows after it
 * (initiative or investment → output → outcome → outcome or purpose). The API refuses loops and
 * repeats; its reason is shown.
 */
export function AddLinkForm({
  map,
  names,
}: {
  map: BenefitMap;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('programme');
  const { message } = App.useApp();
  const client = useQueryClient();
  const { organisationId } = useProgramme();
  const [form] = Form.useForm<LinkValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const fromNodeId = (Form.useWatch('fromNodeId', form) as string | undefined) ?? '';
  const from = map.nodes.find((n) => n.id === fromNodeId);
  const targets = from ? allowedTargets(map, from) : [];
  const name = (id: string) => names.get(id) ?? t('benefits.unnamed');
  const option = (id: string, kind: string) => ({
    value: id,
    label: `${t(`benefits.kind.${kind}`)}: ${name(id)}`,
  });
  const starts = nodesByKind(map.nodes)
    .filter(([kind]) => (map.allowedLinks[kind] ?? []).length > 0)
    .flatMap(([kind, nodes]) => nodes.map((n) => option(n.id, kind)));

  const save = async (values: LinkValues) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await createBenefitLink(organisationId, values);
      void message.success(
        t('benefits.linkAdded', { from: name(values.fromNodeId), to: name(values.toNodeId) }),
      );
      form.setFieldValue('toNodeId', '');
      await client.invalidateQueries({ queryKey: benefitMapQueryKey(organisationId) });
    } catch (error) {
      setProblem(errorMessage(error, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel className="cm-bn-form">
      <h3 id="add-benefit-link">{t('benefits.addLinkTitle')}</h3>
      <p className="cm-muted">{t('benefits.addLinkIntro')}</p>
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} className="cm-rm-problem" />
      )}
      <Form<LinkValues>
        form={form}
        name="add-benefit-link"
        layout="vertical"
        className="cm-rm-form"
        aria-labelledby="add-benefit-link"
        initialValues={{ fromNodeId: '', toNodeId: '' }}
        disabled={busy}
        onValuesChange={(changed: Partial<LinkValues>) => {
          if (changed.fromNodeId !== undefined) form.setFieldValue('toNodeId', '');
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          label={t('benefits.fields.from')}
          name="fromNodeId"
          rules={[{ required: true, message: t('benefits.chooseFromRequired') }]}
        >
          <NativeSelect options={[{ value: '', label: t('benefits.chooseFrom') }, ...starts]} />
        </Form.Item>
        <Form.Item
          label={t('benefits.fields.to')}
          name="toNodeId"
          rules={[{ required: true, message: t('benefits.chooseToRequired') }]}
          extra={from && targets.length === 0 ? t('benefits.noTargets') : undefined}
        >
          <NativeSelect
            options={[
              { value: '', label: t(from ? 'benefits.chooseTo' : 'benefits.chooseFromFirst') },
              ...targets.map((n) => option(n.id, n.kind)),
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} icon={<PlusOutlined aria-hidden />}>
          {t('benefits.addLink')}
        </Button>
      </Form>
    </Panel>
  );
}
