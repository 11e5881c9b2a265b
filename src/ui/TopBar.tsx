import { SearchBox } from './search/SearchBox';

/** The app name and the search box. */
export function TopBar() {
  return (
    <header className="top-bar">
      <a className="brand" href="#/" aria-label="OMT Atlas home">
        <span className="brand-mark" aria-hidden="true" />
        OMT Atlas
      </a>
      <SearchBox />
    </header>
  );
}
