import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { modelFormHref } from '../../api/exchange.js';
import './exchange.css';

/**
 * In the model browser: the blank Annex A diagnostic form of a maturity model, in Chinese or
 * English, to fill in offline (public, no sign-in).
 */
export function BlankFormLinks({ packId }: { packId: string }) {
  const { t } = useTranslation('exchange');
  return (
    <div className="cm-ex-blank-form">
      <p className="cm-ex-blank-form-text">{t('model.intro')}</p>
      <div className="cm-actions">
        {(['zh', 'en'] as const).map((lang) => (
          <a key={lang} href={modelFormHref(packId, lang)} download className="cm-link-button">
            <FileExcelOutlined aria-hidden /> {t(`model.form.${lang}`)}
          </a>
        ))}
      </div>
    </div>
  );
}
