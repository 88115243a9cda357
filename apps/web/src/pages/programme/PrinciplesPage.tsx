import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePrinciples } from '../../api/programme-components.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { componentAnchor } from './programme-logic.js';
import { OwnPrinciples } from './principles/OwnPrinciples.js';
import { PackPrincipleCard } from './principles/PackPrincipleCard.js';
import { RecommendationList } from './sections/RecommendationList.js';
import { programmePath } from './tools.js';
import { useProgramme } from './useProgramme.js';
import { AccessNote } from './workspace-edit/AccessNote.js';

/**
 * Implementation principles (ISO 37106 clause 5, Annex A): where the city stands on the four
 * principles (adopted as written, adapted in its words, not decided yet), the principles it
 * added, and the registered stakeholders who agreed each; editing for `programme.manage`. Then the
 * recommendations of component A (tracked in the component tracker).
 */
export default function PrinciplesPage() {
  const { t } = useTranslation('programme');
  const { pack, organisationId } = useProgramme();
  const principles = usePrinciples(organisationId);
  const componentA = pack.components.find((c) => c.code === 'A');
  const list = principles.data?.principles ?? [];
  const counts = principles.data?.counts;
  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('principles.intro')}</p>
      <AccessNote />
      {principles.isError && (
        <ErrorAlert
          error={principles.error}
          title={t('workspaceEdit.loadFailed')}
          onRetry={() => void principles.refetch()}
        />
      )}
      <section aria-labelledby="principles-summary" className="cm-pgc-summary">
        <h2 id="principles-summary">{t('principles.summaryTitle')}</h2>
        {counts ? (
          <p>{t('principles.summary', { ...counts })}</p>
        ) : principles.isPending ? (
          <Skeleton active paragraph={{ rows: 1 }} title={false} />
        ) : null}
        <p className="cm-pgc-how">{t('principles.summaryHow')}</p>
      </section>
      <ol className="cm-plain-list cm-pg-stack">
        {(pack.implementation_principles ?? []).map((principle) => (
          <li key={principle.id}>
            <PackPrincipleCard
              principle={principle}
              state={list.find((p) => p.packPrincipleId === principle.id)}
            />
          </li>
        ))}
      </ol>
      {principles.data && <OwnPrinciples principles={list} />}
      {componentA && (
        <section aria-labelledby="principles-recommendations" className="cm-pg-block">
          <h2 id="principles-recommendations">{t('principles.recommendationsTitle')}</h2>
          <p className="cm-pgc-help">
            {t('principles.recommendationsTracked')}{' '}
            <Link to={`${programmePath(organisationId, 'components')}#${componentAnchor('A')}`}>
              {t('principles.trackerLink')}
            </Link>
          </p>
          <RecommendationList component={componentA} />
        </section>
      )}
    </div>
  );
}
