import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  InteroperabilityMatrix,
  OwnPolicyProduct,
  StandardPolicyProduct,
} from '../../../api/programme-components.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { codeAnchor } from '../programme-logic.js';
import { PackNotes } from '../sections/PackText.js';
import { programmePath } from '../tools.js';
import { useProgramme } from '../useProgramme.js';
import { cellOf, formatScore, packProduct, productName } from './matrix-logic.js';
import type { ProductTarget } from './ProductForm.js';
import { ProductStatusBadge } from './ProductStatusBadge.js';

/** A product in its cell: name, component tags, status, document link, notes; change or delete. */
function ProductLine({
  product,
  onEdit,
  onDelete,
}: {
  product: StandardPolicyProduct | OwnPolicyProduct;
  onEdit: (target: ProductTarget) => void;
  onDelete: (product: OwnPolicyProduct) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack, organisationId, canManage } = useProgramme();
  const components = programmePath(organisationId, 'components');
  const own = 'id' in product;
  const name = productName(pack, product, lang);
  const on = (action: string) => t('workspaceEdit.actionOn', { action, name });
  return (
    <li className="cm-pgc-product">
      <span className="cm-pgc-product-name">{name}</span>{' '}
      {product.componentCodes.map((code) => (
        <Link
          key={code}
          to={`${components}#${codeAnchor(pack, code)}`}
          aria-label={t('interoperability.componentLink', { code })}
          className="cm-pg-tag"
        >
          [{code}]
        </Link>
      ))}
      {own && <span className="cm-pgc-badge cm-pgc-own">{t('interoperability.own')}</span>}
      <div className="cm-pgc-product-state">
        <ProductStatusBadge status={product.status} />
        {product.documentUrl && (
          <a href={product.documentUrl} target="_blank" rel="noreferrer noopener">
            {t('workspaceEdit.document', { url: product.documentUrl })}
          </a>
        )}
      </div>
      {product.notes && <p className="cm-pgc-product-notes cm-pre-line">{product.notes}</p>}
      {!own && <PackNotes notes={packProduct(pack, product)?.notes} />}
      {canManage && (
        <div className="cm-actions">
          <Button
            size="small"
            aria-label={on(t('interoperability.change'))}
            onClick={() => {
              onEdit(own ? { kind: 'own', product } : { kind: 'standard', product });
            }}
          >
            {t('interoperability.change')}
          </Button>
          {own && (
            <Button
              size="small"
              danger
              aria-label={on(t('interoperability.deleteOwn'))}
              onClick={() => {
                onDelete(product);
              }}
            >
              {t('interoperability.deleteOwn')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * The interoperability matrix as a table (the heatmap's table): areas in rows, dimensions in
 * columns; each cell gives its score and lists the standard's products and the city's own with
 * their status, document link and the components that guide them. Scrolls in its own box.
 */
export function MatrixStatusTable({
  matrix,
  onEdit,
  onDelete,
}: {
  matrix: InteroperabilityMatrix;
  onEdit: (target: ProductTarget) => void;
  onDelete: (product: OwnPolicyProduct) => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack, canManage } = useProgramme();
  const dimensions = pack.interoperability_matrix?.dimensions ?? [];
  const area = (id: string) => pack.areas.find((a) => a.id === id)?.name[lang] ?? id;
  const dimension = (id: string) => dimensions.find((d) => d.id === id)?.name[lang] ?? id;
  return (
    <TableRegion labelledBy="matrix-table-title">
      <table className="cm-table cm-pg-matrix cm-pgc-matrix">
        <thead>
          <tr>
            <th scope="col">{t('interoperability.area')}</th>
            {matrix.dimensionIds.map((d) => (
              <th key={d} scope="col">
                {dimension(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.areaIds.map((a) => (
            <tr key={a}>
              <th scope="row">{area(a)}</th>
              {matrix.dimensionIds.map((d) => {
                const cell = cellOf(matrix, a, d);
                const products = [...(cell?.standard ?? []), ...(cell?.own ?? [])];
                const packCell = pack.interoperability_matrix?.cells.find(
                  (c) => c.area === a && c.dimension === d,
                );
                return (
                  <td key={d}>
                    <p className="cm-pgc-cell-score">
                      {cell?.score != null
                        ? t('interoperability.cellScore', { score: formatScore(cell.score, lang) })
                        : t('interoperability.cellNoProduct')}
                    </p>
                    {products.length > 0 ? (
                      <ul className="cm-plain-list cm-pg-products">
                        {products.map((p) => (
                          <ProductLine
                            key={'id' in p ? p.id : p.key}
                            product={p}
                            onEdit={onEdit}
                            onDelete={onDelete}
                          />
                        ))}
                      </ul>
                    ) : (
                      <span className="cm-muted">{t('interoperability.empty')}</span>
                    )}
                    {packCell && <PackNotes notes={packCell.notes} />}
                    {canManage && (
                      <Button
                        size="small"
                        type="dashed"
                        icon={<PlusOutlined aria-hidden />}
                        className="cm-pgc-add-own"
                        aria-label={t('workspaceEdit.actionOn', {
                          action: t('interoperability.addOwnShort'),
                          name: t('interoperability.dialogPlace', {
                            area: area(a),
                            dimension: dimension(d),
                          }),
                        })}
                        onClick={() => {
                          onEdit({ kind: 'add', areaId: a, dimensionId: d });
                        }}
                      >
                        {t('interoperability.addOwnShort')}
                      </Button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
