import { useMemo, useState, type KeyboardEvent } from 'react';
import { selectSelectedRegion } from '../state/selectors';
import { useAppStore } from '../state/store';
import { regionOptions, filterOptions } from './region-options';

/**
 * The "Body regions" listbox: every selectable region by its human name, filterable, driven by
 * the keyboard (arrows, Home/End, Enter). Choosing here equals clicking the body.
 */
export function RegionList() {
  const selected = useAppStore(selectSelectedRegion);
  const selectRegion = useAppStore((s) => s.selectRegion);
  const content = useAppStore((s) => s.content);
  const [filter, setFilter] = useState('');
  const options = useMemo(() => filterOptions(regionOptions(content), filter), [content, filter]);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: options.length - 1,
      PageDown: activeIndex + 8,
      PageUp: activeIndex - 8,
    };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      const i = Math.max(0, Math.min(options.length - 1, next));
      setActive(i);
      document
        .getElementById(`region-option-${options[i]?.id}`)
        ?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const option = options[activeIndex];
      if (option) selectRegion(option.id);
    }
  };

  return (
    <section className="region-list" aria-labelledby="regions-heading">
      <h2 id="regions-heading">Body regions</h2>
      <input
        type="search"
        className="filter"
        placeholder="Filter regions"
        aria-label="Filter body regions"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
      />
      <ul
        role="listbox"
        aria-label="Body regions"
        tabIndex={0}
        aria-activedescendant={
          options[activeIndex] ? `region-option-${options[activeIndex].id}` : undefined
        }
        onKeyDown={onKeyDown}
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`region-option-${o.id}`}
            role="option"
            aria-selected={o.id === selected}
            className={i === activeIndex ? 'active' : undefined}
            onClick={() => {
              setActive(i);
              selectRegion(o.id);
            }}
          >
            {o.label}
            <span className="muted small">{o.group}</span>
          </li>
        ))}
        {options.length === 0 && <li className="muted">No region matches “{filter}”.</li>}
      </ul>
    </section>
  );
}
