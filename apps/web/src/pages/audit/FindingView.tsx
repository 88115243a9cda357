import type { ModelIndex } from '@citymaturity/model';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFinding } from '../../api/audit.js';
import { formatDateTime } from '../../components/format.js';
import type { Lang } from '../../components/lang.js';
import { FindingStatusLabel } from './FindingStatusLabel.js';
import { useLevelText } from './useLevelText.js';

/** The auditor's finding on a characteristic, read-only (members, and the auditor once issued). */
export function FindingView({
  finding,
  model,
  lang,
}: {
  finding: AuditFinding | undefined;
  model: ModelIndex;
  lang: Lang;
}) {
  const { t } = useTranslation('audit');
  const levelText = useLevelText(model, lang);
  return (
    <div className="cm-au-block">
      <Typography.Title level={3}>{t('finding.titleReadOnly')}</Typography.Title>
      {!finding ? (
        <p className="cm-muted">{t('finding.notYet')}</p>
      ) : (
        <dl className="cm-au-finding">
          <div>
            <dt>{t('finding.verdict')}</dt>
            <dd>
              <FindingStatusLabel status={finding.verdict} />
            </dd>
          </div>
          {finding.verdict === 'adjusted' && (
            <>
              <div>
                <dt>{t('finding.adjusted.current')}</dt>
                <dd>
                  {finding.adjustedCurrent === null
                    ? t('finding.noAdjustment')
                    : levelText(finding.adjustedCurrent)}
                </dd>
              </div>
              <div>
                <dt>{t('finding.adjusted.target')}</dt>
                <dd>
                  {finding.adjustedTarget === null
                    ? t('finding.noAdjustment')
                    : levelText(finding.adjustedTarget)}
                </dd>
              </div>
            </>
          )}
          <div>
            <dt>
              {finding.verdict === 'confirmed' ? t('finding.noteShort') : t('finding.whyShort')}
            </dt>
            <dd className="cm-pre-line">{finding.reason || t('result.none')}</dd>
          </div>
          <div>
            <dt>{t('finding.recordedAt')}</dt>
            <dd>{formatDateTime(finding.updatedAt, lang)}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}
