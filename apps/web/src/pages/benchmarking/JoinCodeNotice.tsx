import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consortium } from '../../api/benchmarking.js';
import { useLang } from '../../components/lang.js';
import { organisationName } from '../../components/OrganisationName.js';
import { copyText } from '../stakeholders/invitation-lists.js';

/**
 * A consortium's join code, shown this once (only its SHA-256 is stored): copy it and pass it on
 * to the cities; they enter it on their own benchmarking page. Takes the focus when it appears, so
 * that keyboard and screen-reader users find it.
 */
export function JoinCodeNotice({
  consortium,
  joinCode,
  fresh,
  onDismiss,
}: {
  consortium: Pick<Consortium, 'nameZh' | 'nameEn'>;
  joinCode: string;
  /** The code of a new consortium (else a replaced one: the old code no longer works). */
  fresh: boolean;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const { message } = App.useApp();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [joinCode]);
  const name = organisationName(consortium, lang);

  return (
    <div ref={box} tabIndex={-1} className="cm-bm-code-box">
      <Alert
        type="success"
        showIcon
        title={fresh ? t('code.createdTitle', { name }) : t('code.replacedTitle', { name })}
        description={
          <>
            <p className="cm-bm-code-line">
              <span>{t('code.label')}</span>{' '}
              <code className="cm-bm-code" data-testid="join-code">
                {joinCode}
              </code>
            </p>
            <p>{t('code.once')}</p>
            <p>{t('code.passOn')}</p>
            {!fresh && <p>{t('code.oldStops')}</p>}
            <div className="cm-actions">
              <Button
                icon={<CopyOutlined aria-hidden />}
                onClick={() =>
                  void (async () => {
                    if (await copyText(joinCode)) void message.success(t('code.copied'));
                    else void message.error(t('code.copyFailed'));
                  })()
                }
              >
                {t('code.copy')}
              </Button>
              <Button onClick={onDismiss}>{t('code.done')}</Button>
            </div>
          </>
        }
      />
    </div>
  );
}
