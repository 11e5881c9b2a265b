import { selectPage } from '../state/selectors';
import { useAppStore } from '../state/store';
import { describePage } from './describe-page';
import { LayerControls } from './LayerControls';
import { RegionList } from './RegionList';

/** The side panel: regions, the chains and techniques for the selection, and layers. */
export function SidePanel() {
  const page = useAppStore(selectPage);
  return (
    <aside className="side-panel">
      <p className="selection-heading" data-testid="selection-heading">
        {describePage(page)}
      </p>
      <RegionList />
      <section aria-label="Referral chains" className="panel-section">
        <h2>Referral chains</h2>
        <p className="muted">
          Select a region to see the chains that start, pass through or end there.
        </p>
      </section>
      <section aria-label="Techniques" className="panel-section">
        <h2>Techniques</h2>
        <p className="muted">Techniques that address the selected chain appear here.</p>
      </section>
      <LayerControls />
    </aside>
  );
}
