/** The app name and the search box (search results arrive with the chains issue). */
export function TopBar() {
  return (
    <header className="top-bar">
      <a className="brand" href="#/" aria-label="OMT Atlas home">
        <span className="brand-mark" aria-hidden="true" />
        OMT Atlas
      </a>
      <form className="search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="visually-hidden">
          Search
        </label>
        <input
          id="search-input"
          type="search"
          placeholder="Search regions, chains, conditions, techniques…  ( / )"
          autoComplete="off"
        />
      </form>
    </header>
  );
}
