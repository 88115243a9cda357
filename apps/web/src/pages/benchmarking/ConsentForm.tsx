import { Alert, App, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBenchmarkingActions, type ConsortiumMembership } from '../../api/benchmarking.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { fieldErrors } from '../../components/form-errors.js';
import {
  ConsentFields,
  consentFieldNames,
  consentInput,
  consentValues,
  type ConsentValues,
} from './ConsentFields.js';

/**
 * Changes the city's consent. Narrowing what it shares to audited results withdraws the shares the
 * new choice no longer covers (the answer says how many); no longer agreeing to be contacted
 * erases the contact details.
 */
export function ConsentForm({
  organisationId,
  membership,
  onDone,
}: {
  organisationId: string;
  membership: ConsortiumMembership;
  onDone: () => void;
}) {
  const { t } = useTranslation('benchmarking');
  const { message } = App.useApp();
  const actions = useBenchmarkingActions(organisationId);
  const [form] = Form.useForm<ConsentValues>();
  const [busy, setBusy] = useState(false);
  const contactable = Form.useWatch('contactable', form) as boolean | undefined;
  const sharing = Form.useWatch('sharing', form);
  const narrowing = membership.consent.sharing === 'consensus' && sharing === 'audited';

  const onFinish = async (values: ConsentValues) => {
    setBusy(true);
    try {
      const changed = await actions.changeConsent(membership.consortium.id, consentInput(values));
      void message.success(
        changed.withdrawn.length > 0
          ? t('consent.savedWithdrawn', { count: changed.withdrawn.length })
          : t('consent.saved'),
      );
      onDone();
    } catch (e) {
      form.setFields(fieldErrors(e, consentFieldNames));
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ConsentValues>
      form={form}
      layout="vertical"
      className="cm-narrow-form cm-bm-edit"
      aria-label={t('consent.change')}
      initialValues={consentValues(membership.consent)}
      onFinish={(values) => void onFinish(values)}
      disabled={busy}
    >
      <ConsentFields contactable={contactable ?? false} />
      {narrowing && (
        <Alert
          type="warning"
          showIcon
          className="cm-bm-notice"
          title={t('consent.narrowingWarning')}
        />
      )}
      <div className="cm-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('consent.save')}
        </Button>
        <Button onClick={onDone}>{t('create.cancel')}</Button>
      </div>
    </Form>
  );
}
