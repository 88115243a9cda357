import { invitationValidity } from '@citymaturity/core';
import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../api/stakeholders.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { expiryAfter } from './invitation-lists.js';
import { WholeNumberInput } from './WholeNumberInput.js';

/** Asks for how many days from now an invitation's link stays valid, showing the date it gives. */
export function ExtendDialog({
  invitation,
  onCancel,
  onSave,
}: {
  invitation: Invitation;
  onCancel: () => void;
  onSave: (validDays: number) => Promise<void>;
}) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const [days, setDays] = useState<number | null>(invitationValidity.defaultDays);
  const [busy, setBusy] = useState(false);
  const valid =
    days !== null &&
    Number.isInteger(days) &&
    days >= invitationValidity.minDays &&
    days <= invitationValidity.maxDays;

  const save = async () => {
    if (!valid) return;
    setBusy(true);
    await onSave(days);
    setBusy(false);
  };

  return (
    <Modal
      open
      title={t('extend.title', { name: invitation.name })}
      okText={t('extend.ok')}
      cancelText={t('cancel')}
      onOk={() => void save()}
      onCancel={onCancel}
      okButtonProps={{ disabled: !valid, loading: busy }}
      destroyOnHidden
    >
      <p>
        {t('extend.now', {
          at: formatDateTime(invitation.expiresAt, lang),
          context: invitation.status === 'expired' ? 'expired' : undefined,
        })}
      </p>
      <Form layout="vertical" onFinish={() => void save()}>
        <Form.Item
          label={t('extend.days')}
          htmlFor="extend-days"
          help={
            valid
              ? t('extend.until', { at: formatDateTime(expiryAfter(days).toISOString(), lang) })
              : t('extend.range', {
                  min: invitationValidity.minDays,
                  max: invitationValidity.maxDays,
                })
          }
          validateStatus={valid ? undefined : 'error'}
        >
          <WholeNumberInput
            id="extend-days"
            min={invitationValidity.minDays}
            max={invitationValidity.maxDays}
            value={days}
            onChange={setDays}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
