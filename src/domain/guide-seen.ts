import { z } from '../zod';
import type { KeyValueStorage as LessonStorage } from './lesson-storage';

/** The guide only reads and writes one key. */
type KeyValueStorage = Pick<LessonStorage, 'getItem' | 'setItem'>;

export const GUIDE_STORAGE_KEY = 'omt-atlas-guide';

/** What "the first-visit guide was dismissed" looks like in storage; anything else means no. */
const GuideSeen = z.object({
  format: z.literal('omt-atlas-guide'),
  version: z.literal(1),
  dismissed: z.literal(true),
});

export const GUIDE_SEEN_VALUE = JSON.stringify({
  format: 'omt-atlas-guide',
  version: 1,
  dismissed: true,
} satisfies z.infer<typeof GuideSeen>);

/** Whether the guide was dismissed before. Unreadable, damaged or foreign values read as no. */
export function guideDismissed(storage: KeyValueStorage | null): boolean {
  try {
    const raw = storage?.getItem(GUIDE_STORAGE_KEY);
    if (!raw || raw.length > 200) return false;
    return GuideSeen.safeParse(JSON.parse(raw)).success;
  } catch {
    return false;
  }
}

/** Remembers the dismissal; a full or blocked storage only means the guide may come back. */
export function rememberGuideDismissed(storage: KeyValueStorage | null): void {
  try {
    storage?.setItem(GUIDE_STORAGE_KEY, GUIDE_SEEN_VALUE);
  } catch {
    // Nothing else to do: the guide will greet this browser again next time.
  }
}
