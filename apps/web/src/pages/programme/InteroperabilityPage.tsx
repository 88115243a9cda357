import { useQueryClient } from '@tanstack/react-query';
import { App, Skeleton } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictCodes,
  deleteOwnProduct,
  programmeKeys,
  useInteroperability,
  type OwnPolicyProduct,
} from '../../api/programme-components.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLang } from '../../components/lang.js';
import { matrixHeatmapInput } from './matrix/matrix-logic.js';
import { MatrixStatusTable } from './matrix/MatrixStatusTable.js';
import { MatrixSummary } from './matrix/MatrixSummary.js';
import { ProductDialog } from './matrix/ProductDialog.js';
import type { ProductTarget } from './matrix/ProductForm.js';
import { PackNotes, SourceLine } from './sections/PackText.js';
import { useProgramme } from './useProgramme.js';
import { AccessNote } from './workspace-edit/AccessNote.js';
import { useConfirmDelete } from './workspace-edit/useConfirmDelete.js';

// ECharts comes with the heatmap, after the page's own code.
const InteroperabilityHeatmap = lazy(() => import('./charts/InteroperabilityHeatmap.js'));

/**
 * The interoperability matrix (ISO 37106 6.7.2, figure 5): the city's products at a glance, the
 * heatmap of the cells' scores (mean status of their products) with how to read it, and the table
 * of every product (the standard's and the city's own) with its status, document link and
 * components; changing a status, adding, changing and deleting the city's own products for
 * `programme.manage`.
 */
export default function InteroperabilityPage() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack, organisationId } = useProgramme();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const client = useQueryClient();
  const query = useInteroperability(organisationId);
  const [editing, setEditing] = useState<ProductTarget>();
  const matrix = query.data;
  const input = useMemo(
    () => (matrix ? matrixHeatmapInput(matrix, pack, lang) : undefined),
    [matrix, pack, lang],
  );
  const refresh = () =>
    client.invalidateQueries({ queryKey: programmeKeys.interoperability(organisationId) });

  const remove = (product: OwnPolicyProduct) => {
    confirmDelete({
      title: t('interoperability.deleteTitle', { name: product.name }),
      content: t('interoperability.deleteText'),
      remove: () => deleteOwnProduct(organisationId, product.id, product.version),
      deleted: t('interoperability.deleted', { name: product.name }),
      conflictCode: conflictCodes.product,
      refresh,
    });
  };

  const packMatrix = pack.interoperability_matrix;
  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">{t('interoperability.intro')}</p>
      <AccessNote />
      {query.isError && (
        <ErrorAlert
          error={query.error}
          title={t('workspaceEdit.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isPending && <Skeleton active paragraph={{ rows: 6 }} title={false} />}
      {matrix && <MatrixSummary matrix={matrix} />}
      {input && (
        <section aria-labelledby="matrix-heatmap-title" className="cm-section">
          <h2 id="matrix-heatmap-title">{t('interoperability.heatmapTitle')}</h2>
          <Suspense
            fallback={
              <div role="status">
                <Skeleton active paragraph={{ rows: 5 }} title={false} />
                <span className="cm-visually-hidden">{t('interoperability.chartLoading')}</span>
              </div>
            }
          >
            <InteroperabilityHeatmap input={input} lang={lang} />
          </Suspense>
          <p className="cm-pgc-how">{t('interoperability.heatmapIntro')}</p>
        </section>
      )}
      {matrix && (
        <section aria-labelledby="matrix-table-title" className="cm-section">
          <h2 id="matrix-table-title">{t('interoperability.tableTitle')}</h2>
          <MatrixStatusTable matrix={matrix} onEdit={setEditing} onDelete={remove} />
          {packMatrix && <PackNotes notes={packMatrix.notes} />}
          {packMatrix && <SourceLine source={packMatrix.source} />}
        </section>
      )}
      {editing && (
        <ProductDialog
          target={editing}
          onStale={() => void refresh()}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) void message.success(saved);
            void refresh();
          }}
        />
      )}
    </div>
  );
}
