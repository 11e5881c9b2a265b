import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchFor } from '../../domain/search';
import { useAppStore } from '../../state/store';
import { navigateToResult } from './navigate';

const KIND_LABELS = {
  region: 'Region',
  muscle: 'Muscle',
  chain: 'Chain',
  condition: 'Condition',
  technique: 'Technique',
  variant: 'Technique',
} as const;

/**
 * The top-bar search: a combobox over regions, muscles, chains, conditions and techniques
 * (aliases included). `/` focuses it; arrows move; Enter opens; Escape closes.
 */
export function SearchBox() {
  const content = useAppStore((s) => s.content);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // The index is built on the first query, not when the page opens.
  const results = useMemo(
    () => (query.trim() ? searchFor(content).search(query, { limit: 8 }) : []),
    [content, query],
  );

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (i: number) => {
    const result = results[i];
    if (!result) return;
    navigateToResult(useAppStore.getState(), result);
    setOpen(false);
    setQuery('');
    input.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (results.length ? (a + delta + results.length) % results.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length > 0;
  return (
    <form className="search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="search-input" className="visually-hidden">
        Search
      </label>
      <input
        id="search-input"
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `search-result-${active}` : undefined}
        placeholder="Search regions, chains, conditions, techniques…  ( / )"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {expanded && (
        <ul
          id="search-results"
          role="listbox"
          aria-label="Search results"
          className="search-results"
        >
          {results.map((r, i) => (
            <li
              key={`${r.kind}:${r.id}`}
              id={`search-result-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="result-label">{r.label}</span>
              <span className="result-kind">{KIND_LABELS[r.kind]}</span>
              <span className="result-detail">{r.detail}</span>
            </li>
          ))}
          {results.length === 0 && <li className="muted">Nothing matches “{query}”.</li>}
        </ul>
      )}
    </form>
  );
}
