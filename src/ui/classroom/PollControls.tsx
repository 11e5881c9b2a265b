import { useMemo, useState } from 'react';
import { randomId, refersWherePoll, sourceOfPoll } from '../../domain/classroom/polls';
import { instanceKey, sourceIsPaired } from '../../domain/zones';
import { useAppStore } from '../../state/store';
import { exportImage } from '../lessons/share';
import { withClassClient } from './class-client-part';
import { useDifferentialKeys } from './useDifferentialKeys';

interface SourceOption {
  key: string;
  label: string;
  /** The source's name in the prompt ("the soleus trigger points"). */
  name: string;
  group: 'In this view' | 'Listed here' | 'All sources';
}

/** Every zone the lecturer may ask about: those in view first, then the differential, then all. */
function useSourceOptions(): SourceOption[] {
  const zones = useAppStore((s) => s.content.content.zones);
  const shown = useAppStore((s) => s.shownZones);
  const listed = useDifferentialKeys();
  return useMemo(() => {
    const all: SourceOption[] = [];
    for (const zone of zones) {
      const sides = sourceIsPaired(zone.source) ? (['left', 'right'] as const) : [null];
      for (const side of sides) {
        const key = instanceKey(zone.id, side);
        const label = side ? `${zone.name} (${side})` : zone.name;
        all.push({ key, label, name: label, group: 'All sources' });
      }
    }
    const byKey = new Map(all.map((o) => [o.key, o]));
    const pick = (keys: readonly string[], group: SourceOption['group']) =>
      keys.flatMap((k) => {
        const o = byKey.get(k);
        return o ? [{ ...o, group }] : [];
      });
    const first = [...pick(shown, 'In this view'), ...pick(listed, 'Listed here')];
    const seen = new Set(first.map((o) => o.key));
    return [...first, ...all.filter((o) => !seen.has(o.key))];
  }, [zones, shown, listed]);
}

/** The lecturer's poll tools on the class card. */
export function PollControls() {
  const poll = useAppStore((s) => s.classPoll);
  const answers = useAppStore((s) => s.classTaps.filter((t) => t.poll === s.classPoll?.id).length);
  const touched = useAppStore((s) => (s.page.kind === 'region' ? s.touched : null));
  const listed = useDifferentialKeys();
  const options = useSourceOptions();
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const shownOptions = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return (f ? options.filter((o) => o.label.toLowerCase().includes(f)) : options).slice(0, 400);
  }, [options, filter]);
  const store = useAppStore;
  const selected = options.find((o) => o.key === (chosen || shownOptions[0]?.key));

  if (poll && poll.open) {
    return (
      <div className="class-poll" role="group" aria-label="Poll">
        <p className="class-poll-prompt">{poll.prompt}</p>
        <p className="class-answers" data-testid="class-answers" aria-live="polite">
          {answers} {answers === 1 ? 'answer' : 'answers'}
        </p>
        <div className="class-actions">
          {!poll.revealed && (
            <button type="button" onClick={() => void withClassClient((c) => c.revealPoll(store))}>
              Reveal answer
            </button>
          )}
          <button
            type="button"
            onClick={async () => {
              try {
                setMessage(`Saved as "${await exportImage(store.getState())}".`);
              } catch (e) {
                setMessage(
                  `The image could not be made: ${e instanceof Error ? e.message : 'unknown error'}.`,
                );
              }
            }}
          >
            Export results as PNG
          </button>
          <button type="button" onClick={() => void withClassClient((c) => c.closePoll(store))}>
            Close poll
          </button>
        </div>
        {message && <p className="class-note">{message}</p>}
      </div>
    );
  }

  const ask = (make: () => ReturnType<typeof sourceOfPoll>) => {
    const next = make();
    if (!next) {
      setMessage('No source in the atlas maps pain at this point: touch another point first.');
      return;
    }
    setMessage(null);
    void withClassClient((c) => c.openPoll(store, next));
  };
  return (
    <div className="class-poll" role="group" aria-label="Ask the class">
      <label htmlFor="class-poll-filter">Ask: tap where this source refers pain</label>
      <input
        id="class-poll-filter"
        type="search"
        placeholder="Filter sources"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <select
        aria-label="Source to ask about"
        value={selected?.key ?? ''}
        onChange={(e) => setChosen(e.target.value)}
      >
        {(['In this view', 'Listed here', 'All sources'] as const).map((group) => {
          const inGroup = shownOptions.filter((o) => o.group === group);
          return inGroup.length ? (
            <optgroup key={group} label={group}>
              {inGroup.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </select>
      <div className="class-actions">
        <button
          type="button"
          disabled={!selected}
          onClick={() =>
            selected && ask(() => refersWherePoll(randomId(), selected.name, [selected.key]))
          }
        >
          Tap where it refers pain
        </button>
        <button
          type="button"
          disabled={!touched}
          title={touched ? undefined : 'Touch a point on the body first'}
          onClick={() => touched && ask(() => sourceOfPoll(randomId(), touched, listed))}
        >
          Tap the source of the pain here
        </button>
      </div>
      {message && <p className="class-note">{message}</p>}
    </div>
  );
}
