import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { PackTab } from './targets.js';

/**
 * The two tabs of the model browser (WAI-ARIA tabs pattern: arrow keys, Home and End move between
 * the tabs and select them; the panel follows).
 */
export function PackTabs({
  label,
  active,
  tabs,
  onChange,
  children,
}: {
  label: string;
  active: PackTab;
  tabs: readonly { key: PackTab; label: string }[];
  onChange: (tab: PackTab) => void;
  children: ReactNode;
}) {
  const refs = useRef(new Map<PackTab, HTMLButtonElement>());
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onChange(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(to);
  };
  return (
    <div className="cm-m-tabs">
      <div role="tablist" aria-label={label} className="cm-m-tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              if (element) refs.current.set(tab.key, element);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === active ? 0 : -1}
            className="cm-m-tab"
            onClick={() => {
              onChange(tab.key);
            }}
            onKeyDown={(event) => {
              onKeyDown(event, index);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {children}
      </div>
    </div>
  );
}
