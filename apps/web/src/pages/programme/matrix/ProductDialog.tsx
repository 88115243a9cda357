import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';
import { areaName, dimensionName, productName } from './matrix-logic.js';
import { ProductForm, type ProductTarget } from './ProductForm.js';

/**
 * The dialog that changes a policy product (or adds one of the city's own): its name and cell as
 * the title, the form inside. Closes with the success message to show (none when cancelled, or
 * when the saved version was kept after a conflict).
 */
export function ProductDialog({
  target,
  onClose,
  onStale,
}: {
  target: ProductTarget;
  onClose: (saved: string | undefined) => void;
  /** Someone else saved the product meanwhile: refresh the matrix behind the dialog. */
  onStale: () => void;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { pack } = useProgramme();
  const name =
    target.kind === 'add'
      ? t('interoperability.addTitle')
      : productName(pack, target.product, lang);
  const where = target.kind === 'add' ? target : target.product;
  return (
    <Modal
      open
      title={name}
      footer={null}
      destroyOnHidden
      onCancel={() => {
        onClose(undefined);
      }}
      width={640}
    >
      <p className="cm-pg-meta">
        {t('interoperability.dialogPlace', {
          area: areaName(pack, where.areaId, lang),
          dimension: dimensionName(pack, where.dimensionId, lang),
        })}
      </p>
      <ProductForm
        target={target}
        name={name}
        onSaved={(saved, mine) => {
          const savedName = saved ? productName(pack, saved, lang) : name;
          onClose(
            mine
              ? target.kind === 'add'
                ? t('interoperability.added', { name: savedName })
                : t('interoperability.saved', { name: savedName })
              : undefined,
          );
        }}
        onCancel={() => {
          onClose(undefined);
        }}
        onStale={onStale}
      />
    </Modal>
  );
}
