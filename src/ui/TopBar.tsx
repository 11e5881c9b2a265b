import { useAppStore } from '../state/store';
import { SearchBox } from './search/SearchBox';

/** The app name, the search box and Help (the first-visit guide, again). */
export function TopBar() {
  const openGuide = useAppStore((s) => s.openGuide);
  return (
    <header className="top-bar">
      <a className="brand" href="#/" aria-label="OMT Atlas home">
        <span className="brand-mark" aria-hidden="true" />
        OMT Atlas
      </a>
      <SearchBox />
      <button type="button" className="help-button" onClick={() => openGuide('help')}>
        Help
      </button>
    </header>
  );
}
