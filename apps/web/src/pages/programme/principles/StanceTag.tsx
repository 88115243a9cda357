import {
  CheckCircleOutlined,
  EditOutlined,
  PlusCircleOutlined,
  QuestionCircleOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StanceKey } from './principles-logic.js';

const icons = {
  undecided: QuestionCircleOutlined,
  adopted: CheckCircleOutlined,
  adapted: EditOutlined,
  added: PlusCircleOutlined,
} as const;

/** How the city holds a principle: an icon and the words (never the colour alone). */
export function StanceTag({ stance }: { stance: StanceKey }) {
  const { t } = useTranslation('programme');
  const Icon = icons[stance];
  return (
    <span className={`cm-pgc-badge cm-pgc-stance-${stance}`}>
      <Icon aria-hidden /> {t(`principles.stance.${stance}`)}
    </span>
  );
}
