import { selectPage } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ChainsPanel } from './chains/ChainsPanel';
import { ConditionsPanel } from './conditions/ConditionsPanel';
import { describePage } from './describe-page';
import { LayerControls } from './LayerControls';
import { RegionList } from './RegionList';
import { TechniquesPanel } from './techniques/TechniquesPanel';

/** The side panel: regions, the chains and techniques for the selection, conditions, layers. */
export function SidePanel() {
  const page = useAppStore(selectPage);
  const content = useAppStore((s) => s.content);
  return (
    <aside className="side-panel">
      <p className="selection-heading" data-testid="selection-heading">
        {describePage(page, content)}
      </p>
      <RegionList />
      <ChainsPanel />
      <TechniquesPanel />
      <ConditionsPanel />
      <LayerControls />
    </aside>
  );
}
