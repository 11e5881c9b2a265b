/**
 * The differential and draw plan for the app's state: both the skin and the side panel read them
 * through here, so the zones drawn are the rows listed.
 */
import type { AppState } from '../../state/store';
import { planDraws, type DrawPlan } from './draw-plan';
import { currentDifferential, currentInstances, type Differential } from './maps-runtime';

/** The region the differential is about: the page's region (a skin region or an organ). */
export function differentialFor(s: AppState): Differential | null {
  return currentDifferential(s.content.content.zones, {
    region: s.page.kind === 'region' ? s.page.region : null,
    touched: s.page.kind === 'region' ? s.touched : null,
    paint: s.paint,
  });
}

export function planForState(s: AppState): DrawPlan | null {
  const instances = currentInstances(s.content.content.zones);
  if (!instances) return null;
  const diff = s.overlays.includes('referral') ? differentialFor(s) : null;
  return planDraws(instances, {
    overlays: s.overlays,
    shown: s.shownZones,
    preview: s.previewZone,
    differential: diff ? diff.rows.map((r) => r.instance.key) : null,
  });
}
