import { selectPage } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ChainsPanel } from './chains/ChainsPanel';
import { ConditionsPanel } from './conditions/ConditionsPanel';
import { describePage } from './describe-page';
import { LayerControls } from './LayerControls';
import { LessonsPanel } from './lessons/LessonsPanel';
import { RegionList } from './RegionList';
import { TechniquesPanel } from './techniques/TechniquesPanel';

/**
 * The side panel. On the home page the region list leads; once something is selected, what
 * explains the selection (chains, techniques) comes first and the list moves below it (by CSS
 * order, so the list keeps its filter and keyboard focus).
 */
export function SidePanel() {
  const page = useAppStore(selectPage);
  const content = useAppStore((s) => s.content);
  const home = page.kind === 'home';
  return (
    <aside className={home ? 'side-panel home' : 'side-panel'}>
      <h1 className="selection-heading" data-testid="selection-heading">
        {describePage(page, content)}
      </h1>
      <RegionList />
      <ChainsPanel />
      <TechniquesPanel />
      <ConditionsPanel />
      <LayerControls />
      <LessonsPanel />
    </aside>
  );
}
