import {
  AuditOutlined,
  CheckCircleOutlined,
  EditOutlined,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PolicyProductStatus } from '../../../api/programme-components.js';

const icons = {
  none: MinusCircleOutlined,
  drafting: EditOutlined,
  adopted: CheckCircleOutlined,
  reviewed: AuditOutlined,
} as const;

/** A policy product's status: an icon and the word (never the colour alone). */
export function ProductStatusBadge({ status }: { status: PolicyProductStatus }) {
  const { t } = useTranslation('programme');
  const Icon = icons[status];
  return (
    <span className={`cm-pgc-badge cm-pgc-product-${status}`}>
      <Icon aria-hidden /> {t(`interoperability.status.${status}`)}
    </span>
  );
}
