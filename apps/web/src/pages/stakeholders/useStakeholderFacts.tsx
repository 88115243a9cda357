import { usesInvitations } from '@citymaturity/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentDetail } from '../../api/types.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import './stakeholders.css';

/**
 * The facts of a multi-stakeholder or facilitated assessment for its details list: when the
 * results were revealed, and the minimum group size with what it means (none for other methods).
 */
export function useStakeholderFacts(
  assessment: AssessmentDetail | undefined,
): { key: string; label: string; children: ReactNode }[] {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  if (!assessment || !usesInvitations(assessment.method)) return [];
  const privacy = `/organisations/${assessment.organisationId}/assessments/${assessment.id}/stakeholders#privacy`;
  return [
    {
      key: 'revealed',
      label: t('facts.revealed'),
      children:
        assessment.revealedAt === null
          ? t('facts.notRevealed')
          : formatDateTime(assessment.revealedAt, lang),
    },
    {
      key: 'minGroupSize',
      label: t('facts.minGroupSize'),
      children: (
        <div>
          <div>{t('facts.minGroupSizeValue', { count: assessment.minGroupSize })}</div>
          <div className="cm-muted">
            {t('facts.minGroupSizeExplain')}{' '}
            {assessment.status === 'draft' &&
              assessment.revealedAt === null &&
              assessment.actions.includes('assessments.update') && (
                <Link to={privacy} className="cm-sh-text-link">
                  {t('facts.change')}
                </Link>
              )}
          </div>
        </div>
      ),
    },
  ];
}
