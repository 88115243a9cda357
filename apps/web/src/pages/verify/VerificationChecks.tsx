import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Verification } from '../../api/audit.js';
import type { Lang } from '../../components/lang.js';
import { formatNumber } from '../../components/format.js';
import { DigestValue } from '../audit/DigestValue.js';
import { CheckMark } from './CheckMark.js';

/** A stored or recorded value as text: JSON for anything but a plain string. */
function valueText(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The hash chain of the assessment's change log: what it proves, its length and head, its first broken link. */
export function ChainCheck({ chain, lang }: { chain: Verification['chain']; lang: Lang }) {
  const { t } = useTranslation('audit');
  return (
    <section className="cm-section cm-vf-check" aria-labelledby="vf-chain">
      <Typography.Title level={2} id="vf-chain">
        {t('verification.chain.title')}
      </Typography.Title>
      <p>{t('verification.chain.explain')}</p>
      <CheckMark ok={chain.ok}>{chain.message[lang]}</CheckMark>
      <dl className="cm-au-facts">
        <div>
          <dt>{t('verification.chain.length')}</dt>
          <dd>
            {t('verification.chain.entries', {
              count: chain.length,
              n: formatNumber(chain.length, lang),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('verification.chain.head')}</dt>
          <dd>
            <div>{t('verification.chain.headSeq', { seq: chain.head.seq })}</div>
            <DigestValue digest={chain.head.hash} copyLabel={t('verification.chain.copyHead')} />
          </dd>
        </div>
        {chain.firstBroken && (
          <div>
            <dt>{t('verification.chain.firstBroken')}</dt>
            <dd>
              <div>
                {t('verification.chain.brokenAt', {
                  seq: chain.firstBroken.seq,
                  entry: chain.firstBroken.entryId ?? '—',
                })}
              </div>
              <div>{t(`verification.chain.reasons.${chain.firstBroken.reason}`)}</div>
              {chain.firstBroken.action && (
                <div>
                  {t('verification.chain.action')} <code>{chain.firstBroken.action}</code>
                </div>
              )}
              <div>{chain.firstBroken.message[lang]}</div>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** The snapshot taken at submission against the content rebuilt now. */
export function SnapshotCheck({
  snapshot,
  lang,
}: {
  snapshot: Verification['snapshot'];
  lang: Lang;
}) {
  const { t } = useTranslation('audit');
  return (
    <section className="cm-section cm-vf-check" aria-labelledby="vf-snapshot">
      <Typography.Title level={2} id="vf-snapshot">
        {t('verification.snapshot.title')}
      </Typography.Title>
      <p>{t('verification.snapshot.explain')}</p>
      {!snapshot ? (
        <p className="cm-muted">{t('verification.snapshot.draft')}</p>
      ) : (
        <>
          <CheckMark ok={snapshot.ok}>{snapshot.message[lang]}</CheckMark>
          <dl className="cm-au-facts">
            <div>
              <dt>{t('verification.snapshot.stored')}</dt>
              <dd>
                <DigestValue digest={snapshot.storedDigest} publicLink />
              </dd>
            </div>
            <div>
              <dt>{t('verification.snapshot.recorded')}</dt>
              <dd>
                {snapshot.recordedDigest ? (
                  <DigestValue digest={snapshot.recordedDigest} />
                ) : (
                  t('verification.snapshot.notRecorded')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('verification.snapshot.rebuilt')}</dt>
              <dd>
                <DigestValue digest={snapshot.digest} />
                <div>
                  {snapshot.digest === snapshot.storedDigest
                    ? t('verification.snapshot.same')
                    : t('verification.snapshot.different')}
                </div>
              </dd>
            </div>
            {snapshot.problem && (
              <div>
                <dt>{t('verification.snapshot.problem')}</dt>
                <dd>{t(`verification.snapshot.problems.${snapshot.problem}`)}</dd>
              </div>
            )}
            {snapshot.firstDifference && (
              <div>
                <dt>{t('verification.firstDifference')}</dt>
                <dd>
                  <div>{snapshot.firstDifference.message[lang]}</div>
                  <div>
                    {t('verification.path')} <code>{snapshot.firstDifference.path}</code>
                  </div>
                  <div>
                    {t('verification.snapshot.expected')}{' '}
                    <code>{valueText(snapshot.firstDifference.expected)}</code>
                  </div>
                  <div>
                    {t('verification.snapshot.actual')}{' '}
                    <code>{valueText(snapshot.firstDifference.actual)}</code>
                  </div>
                </dd>
              </div>
            )}
          </dl>
        </>
      )}
    </section>
  );
}

/** Every stored answer against the last one the chain recorded. */
export function AnswersCheck({ answers, lang }: { answers: Verification['answers']; lang: Lang }) {
  const { t } = useTranslation('audit');
  const difference = answers.firstDifference;
  return (
    <section className="cm-section cm-vf-check" aria-labelledby="vf-answers">
      <Typography.Title level={2} id="vf-answers">
        {t('verification.answers.title')}
      </Typography.Title>
      <p>{t('verification.answers.explain')}</p>
      <CheckMark ok={answers.ok}>{answers.message[lang]}</CheckMark>
      <dl className="cm-au-facts">
        <div>
          <dt>{t('verification.answers.checked')}</dt>
          <dd>{formatNumber(answers.checked, lang)}</dd>
        </div>
        {difference && (
          <div>
            <dt>{t('verification.firstDifference')}</dt>
            <dd>
              <div>{difference.message[lang]}</div>
              <div>
                {t('verification.answers.where', {
                  owner: difference.owner,
                  characteristic: difference.characteristicId,
                  measure: t(`measure.${difference.measure}`),
                })}
              </div>
              <div>
                {t('verification.answers.recorded')} <code>{valueText(difference.recorded)}</code>
              </div>
              <div>
                {t('verification.answers.stored')} <code>{valueText(difference.stored)}</code>
              </div>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
