import { fetchHello } from '../../classroom/class-api';
import type { AppStore } from '../../state/store';

/**
 * Asks once, after the first frame, whether a class server serves this app (same origin). Only
 * a hello that matches the schema shows the class controls; anywhere else the app is unchanged.
 * A class link opened where no class server answers gets a notice.
 */
export async function probeClassServer(store: AppStore): Promise<void> {
  const hello = await fetchHello();
  const s = store.getState();
  if (hello) s.setClassServer(hello);
  else if (s.pendingJoin) {
    s.setPendingJoin(null);
    s.notify(
      'warning',
      'This is a live class link, but no class server answers here. OMT Atlas works on its own.',
    );
  }
}
