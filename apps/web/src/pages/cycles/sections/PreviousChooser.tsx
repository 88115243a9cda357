import type { TextLanguage } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../../api/cycles.js';
import { NativeSelect } from '../../../components/NativeSelect.js';
import { formatDate } from '../../results/format.js';

/**
 * Chooses the cycle to compare with: the one just before (the default), or any earlier assessment
 * (drafts marked as such).
 */
export function PreviousChooser({
  choices,
  value,
  onChange,
  lang,
}: {
  choices: readonly Cycle[];
  value: string | undefined;
  onChange: (previous: string | undefined) => void;
  lang: TextLanguage;
}) {
  const { t } = useTranslation('cycles');
  const options = [
    { value: '', label: t('realisation.chooser.default') },
    ...choices.map((c) => ({
      value: c.assessmentId,
      label: `${formatDate(c.date, lang)} · ${c.title}${c.status === 'draft' ? ` (${t('realisation.chooser.draft')})` : ''}`,
    })),
  ];
  return (
    <div className="cm-cy-chooser">
      <label htmlFor="cm-cy-previous">{t('realisation.chooser.label')}</label>
      <NativeSelect
        id="cm-cy-previous"
        options={options}
        value={value ?? ''}
        onChange={(next) => {
          onChange(next === '' ? undefined : next);
        }}
      />
    </div>
  );
}
