import { useTranslation } from 'react-i18next';
import { useMaturityModelQuery } from '../../api/model.js';
import type { WorkshopSource } from '../../api/workshop.js';
import { PageFallback } from '../../app/PageFallback.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { groupNamer, type NamedGroup } from './group-names.js';
import { useWorkshop } from './useWorkshop.js';
import { WorkshopBoard } from './WorkshopBoard.js';
import './workshop.css';

/**
 * The workshop as a participant follows it, read from `source` (a member's assessment or an
 * invited stakeholder's link): the characteristic the facilitator is on, updated live, no
 * controls. Its headings start at h2: the page around it has the h1.
 */
export default function WorkshopFollower({
  source,
  groups,
}: {
  source: WorkshopSource;
  /** The organisation's stakeholder groups, to name its own groups (standard ones are known). */
  groups?: readonly NamedGroup[];
}) {
  const { t } = useTranslation('workshop');
  const lang = useLang();
  const { query, live } = useWorkshop(source);
  const model = useMaturityModelQuery();
  if (query.isError)
    return (
      <ErrorAlert error={query.error} title={t('loadError')} onRetry={() => void query.refetch()} />
    );
  if (model.isError) return <ErrorAlert error={model.error} onRetry={() => void model.refetch()} />;
  if (!query.data || !model.data) return <PageFallback />;
  return (
    <div className="cm-w-projector">
      <WorkshopBoard
        state={query.data}
        live={live}
        model={model.data.index}
        lang={lang}
        groupName={groupNamer(groups, lang)}
      />
    </div>
  );
}
