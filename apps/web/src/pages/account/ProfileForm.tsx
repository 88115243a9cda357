import { App, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch } from '../../api/client.js';
import { useRefreshSession } from '../../api/session.js';
import type { User } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { setLanguage } from '../../i18n/index.js';

interface ProfileValues {
  displayName: string;
  preferredLanguage: User['preferredLanguage'];
}

/** Display name and preferred language (the interface switches to it at once). */
export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation('account');
  const { message } = App.useApp();
  const refresh = useRefreshSession();
  const [form] = Form.useForm<ProfileValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: ProfileValues) => {
    setBusy(true);
    try {
      await patch<User>('/api/v1/account', {
        displayName: values.displayName.trim(),
        preferredLanguage: values.preferredLanguage,
      });
      await setLanguage(values.preferredLanguage === 'en' ? 'en' : 'zh');
      await refresh();
      void message.success(t('profile.saved'));
    } catch (e) {
      form.setFields(fieldErrors(e, ['displayName', 'preferredLanguage']));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      className="cm-narrow-form"
      initialValues={{ displayName: user.displayName, preferredLanguage: user.preferredLanguage }}
      onFinish={(values) => void onFinish(values)}
      disabled={busy}
    >
      <Form.Item
        label={t('profile.displayName')}
        name="displayName"
        extra={t('profile.displayNameHint')}
        rules={[{ required: true, whitespace: true, message: t('auth:validation.nameRequired') }]}
      >
        <Input maxLength={200} autoComplete="name" />
      </Form.Item>
      <Form.Item
        label={<span id="preferred-language">{t('profile.language')}</span>}
        name="preferredLanguage"
        extra={t('profile.languageHint')}
      >
        <Radio.Group
          aria-labelledby="preferred-language"
          options={[
            { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
            { value: 'en', label: <span lang="en">English</span> },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('profile.submit')}
      </Button>
    </Form>
  );
}
