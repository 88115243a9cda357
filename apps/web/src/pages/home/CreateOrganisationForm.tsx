import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.js';
import type { Organisation } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import { NewPasswordField } from '../../components/NewPasswordField.js';
import { organisationName } from '../../components/OrganisationName.js';
import { useLang } from '../../components/lang.js';

interface OrganisationValues {
  nameZh: string;
  nameEn: string;
  country: string;
  region?: string;
  population?: number | null;
  kind: Organisation['kind'];
  administrator: { email: string; displayName: string; password?: string };
}

const fields = [
  'nameZh',
  'nameEn',
  'country',
  'region',
  'population',
  'kind',
  'administrator.email',
  'administrator.displayName',
  'administrator.password',
] as const;

/** Platform administrators: create an organisation (a city, district or rural community). */
export function CreateOrganisationForm() {
  const { t } = useTranslation('home');
  const lang = useLang();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<OrganisationValues>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: OrganisationValues) => {
    setBusy(true);
    try {
      const created = await post<Organisation>('/api/v1/organisations', {
        nameZh: values.nameZh.trim(),
        nameEn: values.nameEn.trim(),
        country: values.country.trim().toUpperCase(),
        region: values.region?.trim() ? values.region.trim() : null,
        population: values.population ?? null,
        kind: values.kind,
        administrator: {
          email: values.administrator.email.trim(),
          displayName: values.administrator.displayName.trim(),
          ...(values.administrator.password ? { password: values.administrator.password } : {}),
        },
      });
      void message.success(t('create.done', { name: organisationName(created, lang) }));
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['organisations'] });
    } catch (e) {
      form.setFields(fieldErrors(e, fields));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cm-section" aria-labelledby="create-organisation">
      <Panel>
        <Typography.Title level={2} id="create-organisation">
          {t('create.title')}
        </Typography.Title>
        <Typography.Paragraph className="cm-muted">{t('create.intro')}</Typography.Paragraph>
        <Form<OrganisationValues>
          form={form}
          layout="vertical"
          className="cm-narrow-form"
          initialValues={{ kind: 'city' }}
          onFinish={(values) => void onFinish(values)}
          disabled={busy}
        >
          <Form.Item
            label={t('create.nameZh')}
            name="nameZh"
            rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }]}
          >
            <Input lang="zh-CN" maxLength={200} placeholder="示例市" />
          </Form.Item>
          <Form.Item
            label={t('create.nameEn')}
            name="nameEn"
            rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }]}
          >
            <Input lang="en" maxLength={200} placeholder="Example City" />
          </Form.Item>
          <Form.Item
            label={t('create.country')}
            name="country"
            extra={t('create.countryHint')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[
              { required: true, message: t('create.countryInvalid') },
              { pattern: /^[A-Za-z]{2}$/, message: t('create.countryInvalid') },
            ]}
          >
            <Input maxLength={2} autoComplete="country" className="cm-country-input" />
          </Form.Item>
          <Form.Item label={t('create.region')} name="region">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('create.population')} name="population">
            <InputNumber min={0} max={100_000_000} precision={0} className="cm-number-input" />
          </Form.Item>
          <Form.Item label={t('create.kind')} name="kind" rules={[{ required: true }]}>
            <Radio.Group
              options={(['city', 'district', 'rural-community'] as const).map((kind) => ({
                value: kind,
                label: t(`organisation:kinds.${kind}`),
              }))}
            />
          </Form.Item>
          <fieldset className="cm-fieldset">
            <legend>{t('create.administrator.legend')}</legend>
            <Typography.Paragraph className="cm-muted">
              {t('create.administrator.intro')}
            </Typography.Paragraph>
            <Form.Item
              label={t('create.administrator.email')}
              name={['administrator', 'email']}
              rules={[
                { required: true, message: t('create.administrator.emailRequired') },
                { type: 'email', message: t('auth:validation.emailInvalid') },
              ]}
            >
              <Input type="email" autoComplete="off" spellCheck={false} />
            </Form.Item>
            <Form.Item
              label={t('create.administrator.name')}
              name={['administrator', 'displayName']}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('create.administrator.nameRequired'),
                },
              ]}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
            <NewPasswordField
              label={t('create.administrator.password')}
              name={['administrator', 'password']}
              hint={(count) => t('create.administrator.passwordHint', { count })}
            />
          </fieldset>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('create.submit')}
          </Button>
        </Form>
      </Panel>
    </section>
  );
}
