import { LazyPanel } from '../app/LazyPanel';
import { classroomPart, searchPart } from '../app/parts';
import { seedFrom } from '../domain/trainer/seed';
import { useAppStore } from '../state/store';

/** Holds the search box's place while it loads, so the 3D view does not resize when it comes. */
function SearchPlaceholder() {
  return (
    <div className="search" aria-hidden="true">
      <input type="search" disabled tabIndex={-1} placeholder="Search" />
    </div>
  );
}

/**
 * The app name, the search box (loaded with the content, after the first frame), Study (the
 * self-test mode, loaded when opened), the dysfunction trainer (a fresh case each time) and Help
 * (the first-visit guide, again).
 */
export function TopBar() {
  const ready = useAppStore((s) => s.contentReady);
  const openGuide = useAppStore((s) => s.openGuide);
  const studyOpen = useAppStore((s) => s.studyOpen);
  const setStudyOpen = useAppStore((s) => s.setStudyOpen);
  const showPage = useAppStore((s) => s.showPage);
  const classServer = useAppStore((s) => s.classServer !== null);
  return (
    <header className="top-bar">
      <a className="brand" href="#/" aria-label="OMT Atlas home">
        <span className="brand-mark" aria-hidden="true" />
        OMT Atlas
      </a>
      <LazyPanel part={searchPart} wanted={ready} fallback={<SearchPlaceholder />}>
        {(m) => <m.SearchBox />}
      </LazyPanel>
      <button
        type="button"
        className="study-button"
        aria-pressed={studyOpen}
        disabled={!ready}
        onClick={() => setStudyOpen(!studyOpen)}
      >
        Study
      </button>
      <button
        type="button"
        className="trainer-button"
        onClick={() => {
          setStudyOpen(false);
          showPage({ kind: 'trainer', seed: seedFrom(Math.random()) });
        }}
      >
        Dysfunction trainer
      </button>
      <LazyPanel part={classroomPart} wanted={classServer}>
        {(m) => <m.JoinClassButton />}
      </LazyPanel>
      <button type="button" className="help-button" onClick={() => openGuide('help')}>
        Help
      </button>
    </header>
  );
}
