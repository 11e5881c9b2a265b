import { useEffect, useRef, type RefObject } from 'react';
import { seedFrom } from '../domain/trainer/seed';
import { selectPage } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ChainsPanel } from './chains/ChainsPanel';
import { ConditionsPanel } from './conditions/ConditionsPanel';
import { describePage } from './describe-page';
import { newContentKey, shouldTakeFocus } from './focus-on-navigation';
import { LazyPanel } from '../app/LazyPanel';
import { trainerPart } from '../app/parts';
import { LayerControls } from './LayerControls';
import { LessonsPanel } from './lessons/LessonsPanel';
import { MapControls } from './maps/MapControls';
import { useScrollTopOnNewDestination } from './panel-scroll';
import { RegionList } from './RegionList';
import { TechniquesPanel } from './techniques/TechniquesPanel';

/**
 * Moves the focus to the page heading when a chain, technique or condition opens because of
 * something the user did. A page that a link opens on load (no key or pointer used yet) keeps
 * the browser's own starting focus.
 */
function useFocusOnNewContent(heading: RefObject<HTMLHeadingElement | null>, key: string | null) {
  const interacted = useRef(false);
  useEffect(() => {
    const mark = () => (interacted.current = true);
    window.addEventListener('pointerdown', mark, true);
    window.addEventListener('keydown', mark, true);
    return () => {
      window.removeEventListener('pointerdown', mark, true);
      window.removeEventListener('keydown', mark, true);
    };
  }, []);
  useEffect(() => {
    if (key && interacted.current && shouldTakeFocus(document.activeElement))
      heading.current?.focus();
  }, [heading, key]);
}

/**
 * The side panel. On the home page the region list leads; once something is selected, what
 * explains the selection (chains, techniques, conditions) comes first, in the document as on
 * screen, so Tab reaches it without crossing the list. The list keeps its slot (the panels are
 * placed around it), so it keeps its filter and the keyboard focus when a region is chosen.
 */
export function SidePanel() {
  const page = useAppStore(selectPage);
  const content = useAppStore((s) => s.content);
  const showPage = useAppStore((s) => s.showPage);
  const home = page.kind === 'home';
  const trainer = page.kind === 'trainer';
  const panel = useScrollTopOnNewDestination(page);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNewContent(heading, newContentKey(page));
  const explanation = (
    <>
      <ChainsPanel />
      <TechniquesPanel />
      <ConditionsPanel />
    </>
  );
  return (
    <aside ref={panel} className={home ? 'side-panel home' : 'side-panel'}>
      <h1 ref={heading} tabIndex={-1} className="selection-heading" data-testid="selection-heading">
        {describePage(page, content)}
      </h1>
      {home && (
        <p className="practise-entry">
          <button
            type="button"
            onClick={() => showPage({ kind: 'trainer', seed: seedFrom(Math.random()) })}
          >
            Dysfunction trainer
          </button>
        </p>
      )}
      {trainer && <LazyPanel part={trainerPart}>{(m) => <m.TrainerPanel />}</LazyPanel>}
      {!home && !trainer && explanation}
      <RegionList />
      {home && explanation}
      <LessonsPanel />
      {/* The trainer shows the bones alone and no maps: these switches would do nothing there. */}
      {!trainer && <MapControls />}
      {!trainer && <LayerControls />}
    </aside>
  );
}
