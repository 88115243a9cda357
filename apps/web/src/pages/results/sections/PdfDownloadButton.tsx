import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag } from '../../../i18n/index.js';
import { formatShare, textLanguage } from '../format.js';
import { fetchFile, saveBlob } from './pdf-download.js';
import { reportPdfPath } from './pdf-file.js';

/**
 * Downloads the server's PDF report in the interface language, showing progress while the server
 * writes it and while it arrives; errors (e.g. no permission) appear as a message.
 */
export function PdfDownloadButton({
  organisationId,
  assessmentId,
  date,
}: {
  organisationId: string;
  assessmentId: string;
  date: string;
}) {
  const { t, i18n } = useTranslation('results');
  const { message } = App.useApp();
  const lang = textLanguage(i18n.language);
  const [state, setState] = useState<{ busy: boolean; share: number | null }>({
    busy: false,
    share: null,
  });

  const download = async () => {
    setState({ busy: true, share: null });
    try {
      const { blob, name } = await fetchFile(
        reportPdfPath(organisationId, assessmentId, lang),
        { 'accept-language': languageTag(lang) },
        (share) => {
          setState({ busy: true, share });
        },
        `citymaturity-report-${date}-${lang}.pdf`,
      );
      saveBlob(blob, name);
      void message.success(t('pdf.done'));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('pdf.failed'));
    } finally {
      setState({ busy: false, share: null });
    }
  };

  const progress = !state.busy
    ? ''
    : state.share === null
      ? t('pdf.preparing')
      : t('pdf.downloading', { share: formatShare(state.share, lang) });
  return (
    <>
      <Button
        icon={<FilePdfOutlined />}
        loading={state.busy}
        aria-busy={state.busy}
        onClick={() => void download()}
      >
        {state.busy ? progress : t('pdf.download')}
      </Button>
      <span className="cm-r-sr-only" role="status">
        {progress}
      </span>
    </>
  );
}
