/**
 * Surface landmarks a student names when saying where it hurts, placed on this body's skin
 * (docs/SURFACE.md). They are places, not sources: the differential lists what refers there.
 */
import type { MapInput } from './types';

const gray = { ref: 'standring-grays-2020', locator: 'Standard text (not read): surface anatomy' };

export const landmarks: MapInput = {
  zones: [],
  points: [
    {
      id: 'landmark-acromion',
      name: 'Tip of the left shoulder (acromion)',
      kind: 'landmark',
      segment: 'trunk',
      view: 'front',
      at: [0.195, 1.43],
      side: 'left',
      citations: [gray],
    },
    {
      id: 'landmark-acromion-right',
      name: 'Tip of the right shoulder (acromion)',
      kind: 'landmark',
      segment: 'trunk',
      view: 'front',
      at: [0.195, 1.43],
      side: 'right',
      citations: [gray],
    },
    {
      id: 'landmark-lateral-thigh',
      name: 'Outer thigh, above the knee (left)',
      kind: 'landmark',
      segment: 'thigh',
      view: 'around',
      at: [90, 0.6],
      side: 'left',
      citations: [gray],
    },
    {
      id: 'landmark-umbilicus',
      name: 'Umbilicus',
      kind: 'landmark',
      segment: 'trunk',
      view: 'front',
      at: [0.012, 1.04],
      side: 'left',
      citations: [gray],
    },
  ],
};
