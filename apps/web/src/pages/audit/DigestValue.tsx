import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { copyText } from '../stakeholders/invitation-lists.js';
import './audit.css';

/**
 * A SHA-256 digest (or another hash) in monospace, broken anywhere so that it fits a phone, with a
 * button that copies it and, for a snapshot digest, the link to its public verification page.
 */
export function DigestValue({
  digest,
  publicLink = false,
  copyLabel,
}: {
  digest: string;
  /** Link to /verify/<digest> (a submitted assessment's snapshot digest). */
  publicLink?: boolean;
  /** The copy button's words (default: "Copy the digest"). */
  copyLabel?: string;
}) {
  const { t } = useTranslation('audit');
  const { message } = App.useApp();
  const copy = async () => {
    if (await copyText(digest)) void message.success(t('digest.copied'));
    else void message.error(t('digest.copyFailed'));
  };
  return (
    <div className="cm-au-digest">
      <code className="cm-au-hash" translate="no">
        {digest}
      </code>
      <div className="cm-actions">
        <Button size="small" icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
          {copyLabel ?? t('digest.copy')}
        </Button>
        {publicLink && (
          <Link to={`/verify/${digest}`} className="cm-au-inline-link">
            {t('digest.publicPage')}
          </Link>
        )}
      </div>
    </div>
  );
}
