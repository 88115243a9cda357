import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../api/client.js';
import { stakeholderGroupsPath, type StakeholderGroup } from '../../api/stakeholders.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { useLang } from '../../components/lang.js';

interface GroupValues {
  nameZh: string;
  nameEn: string;
}

/** The two names of a group (Chinese and English: both are shown to stakeholders and in results). */
function NameFields() {
  const { t } = useTranslation('stakeholders');
  return (
    <>
      <Form.Item
        label={t('groups.nameZh')}
        name="nameZh"
        rules={[{ required: true, whitespace: true, message: t('groups.nameRequired') }]}
      >
        <Input maxLength={100} lang="zh-CN" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('groups.nameEn')}
        name="nameEn"
        rules={[{ required: true, whitespace: true, message: t('groups.nameRequired') }]}
      >
        <Input maxLength={100} lang="en" autoComplete="off" />
      </Form.Item>
    </>
  );
}

/**
 * Adds a group of the organisation's own (its key is made from the English name), or, given a
 * group and `onClose`, renames it in a dialog.
 */
export function GroupForm({
  organisationId,
  group,
  onSaved,
  onClose,
}: {
  organisationId: string;
  group?: StakeholderGroup;
  onSaved: () => Promise<void>;
  onClose?: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<GroupValues>();
  const [busy, setBusy] = useState(false);
  const path = stakeholderGroupsPath(organisationId);

  const save = async (values: GroupValues) => {
    setBusy(true);
    const body = { nameZh: values.nameZh.trim(), nameEn: values.nameEn.trim() };
    try {
      const saved = group
        ? await patch<StakeholderGroup>(`${path}/${encodeURIComponent(group.key)}`, body)
        : await post<StakeholderGroup>(path, body);
      void message.success(
        t(group ? 'groups.renamed' : 'groups.added', { name: saved.name[lang] }),
      );
      if (!group) form.resetFields();
      await onSaved();
      onClose?.();
    } catch (e) {
      form.setFields(fieldErrors(e, ['nameZh', 'nameEn']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  if (group)
    return (
      <Modal
        open
        title={t('groups.renameTitle', { name: group.name[lang] })}
        okText={t('groups.save')}
        cancelText={t('cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => {
          form.submit();
        }}
        onCancel={onClose}
        destroyOnHidden
      >
        <Form<GroupValues>
          form={form}
          name="rename-group"
          layout="vertical"
          initialValues={{ nameZh: group.name.zh, nameEn: group.name.en }}
          onFinish={(values) => void save(values)}
          disabled={busy}
        >
          <NameFields />
        </Form>
      </Modal>
    );

  return (
    <Panel className="cm-sh-add-group">
      <Typography.Title level={3} id="add-group-title">
        {t('groups.addTitle')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">{t('groups.addIntro')}</Typography.Paragraph>
      <Form<GroupValues>
        form={form}
        name="add-group"
        layout="vertical"
        className="cm-narrow-form"
        aria-labelledby="add-group-title"
        onFinish={(values) => void save(values)}
        disabled={busy}
      >
        <NameFields />
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('groups.add')}
        </Button>
      </Form>
    </Panel>
  );
}
