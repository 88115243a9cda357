import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Typography } from 'antd';
import { Panel } from '../../components/Panel.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePublicVerification } from '../../api/audit.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import '../audit/audit.css';
import { normaliseIdOrDigest } from '../audit/audit-logic.js';
import { PublicVerificationResult } from './PublicVerificationResult.js';
import './verify.css';

/**
 * The public verification (no sign-in): anyone with an assessment's id or its snapshot's digest
 * sees whose assessment it is, whether it is unchanged since submission, and whether, when and by
 * whom it was audited — nothing else. `/verify` asks for the id or digest; `/verify/:idOrDigest`
 * shows the answer under the same form.
 */
export default function PublicVerifyPage() {
  const { t } = useTranslation('audit');
  const navigate = useNavigate();
  const { idOrDigest } = useParams();
  const asked = idOrDigest ? normaliseIdOrDigest(idOrDigest) : undefined;
  const query = usePublicVerification(asked);
  const [value, setValue] = useState(idOrDigest ?? '');
  const [problem, setProblem] = useState(false);
  usePageTitle(t('public.title'));

  const submit = () => {
    const normalised = normaliseIdOrDigest(value);
    setProblem(normalised === undefined);
    if (normalised) void navigate(`/verify/${normalised}`);
  };

  return (
    <div className="cm-page cm-vf-page">
      <div>
        <Typography.Title level={1}>{t('public.title')}</Typography.Title>
        <Typography.Paragraph>{t('public.intro')}</Typography.Paragraph>
      </div>
      <Panel className="cm-vf-form-card">
        <form
          role="search"
          aria-label={t('public.formLabel')}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor="verify-input" className="cm-au-label">
            {t('public.field')}
          </label>
          <p id="verify-help" className="cm-muted cm-au-help">
            {t('public.fieldHelp')}
          </p>
          <div className="cm-au-link-row">
            <Input
              id="verify-input"
              value={value}
              spellCheck={false}
              autoComplete="off"
              className="cm-vf-input"
              aria-describedby={`verify-help${problem ? ' verify-error' : ''}`}
              aria-invalid={problem}
              onChange={(e) => {
                setValue(e.target.value);
              }}
            />
            <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              {t('public.submit')}
            </Button>
          </div>
          {problem && (
            <p id="verify-error" className="cm-au-error" role="alert">
              {t('public.invalid')}
            </p>
          )}
        </form>
      </Panel>
      {idOrDigest !== undefined &&
        (asked === undefined ? (
          <p className="cm-au-error" role="alert">
            {t('public.invalid')}
          </p>
        ) : (
          <PublicVerificationResult query={query} />
        ))}
    </div>
  );
}
