import type { SearchResult } from '../../domain/search';
import type { AppState } from '../../state/store';

/** Where a search result leads: every kind opens the view that explains it. */
export function navigateToResult(state: AppState, result: SearchResult): void {
  const { content } = state;
  switch (result.kind) {
    case 'region':
      return state.selectRegion(result.id);
    case 'chain':
      return state.openChain(result.id, 'left');
    case 'condition':
      return state.openCondition(result.id);
    case 'variant':
      return state.openTechnique(result.id, 'left');
    case 'technique': {
      const first = content.techniques.get(result.id)?.variants[0];
      if (first) state.openTechnique(first.id, 'left');
      return;
    }
    case 'muscle': {
      // A muscle has no page of its own: show its region with the muscle layer on.
      const muscle = content.muscles.get(result.id);
      const region = muscle?.regions[0];
      if (!muscle || !region) return;
      const paired = content.regions.get(region)?.paired;
      state.setLayer('muscles', true);
      state.selectRegion(paired ? `${region}.left` : region);
      return;
    }
  }
}
