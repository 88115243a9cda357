import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The first `count` rows of a long table, or all of them: the rows to show and the button that
 * switches (to put after the table; nothing when there are no more rows). `showAll`: the key of
 * the button's "show all {{count}}" text.
 */
export function useShowFirst<Row>(rows: readonly Row[], count: number, showAll: string) {
  const { t } = useTranslation('programme');
  const [all, setAll] = useState(false);
  return {
    shown: all ? rows : rows.slice(0, count),
    toggle: rows.length > count && (
      <Button
        type="link"
        className="cm-pgc-more"
        aria-expanded={all}
        onClick={() => {
          setAll(!all);
        }}
      >
        {all ? t('components.priorities.showTop', { count }) : t(showAll, { count: rows.length })}
      </Button>
    ),
  };
}
