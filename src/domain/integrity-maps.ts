/**
 * Integrity of the pain maps (part of `checkIntegrity`): every zone and point names a source that
 * exists, a midline source's shapes use only the sides it has, a viscerosomatic band gives its
 * levels, and every citation names a known reference.
 */
import { REFERRAL_JOINT_IDS, REFERRAL_JOINTS, ROOT_IDS, VISCERAL_REGIONS } from '../content/ids';
import type { Citation, ContentSet, ZoneSource } from '../content/schema';
import { sourceIsPaired } from './zones';

const quote = (id: string) => `"${id}"`;

/** Whether a zone's or point's source exists: a root, a known muscle, an organ, a joint. */
function sourceProblem(source: ZoneSource, muscles: ReadonlyMap<string, unknown>): string | null {
  switch (source.kind) {
    case 'root':
      return (ROOT_IDS as readonly string[]).includes(source.id)
        ? null
        : `unknown root ${quote(source.id)} (C2–S5)`;
    case 'muscle':
      return muscles.has(source.id) ? null : `unknown muscle ${quote(source.id)}`;
    case 'organ':
      return Object.hasOwn(VISCERAL_REGIONS, source.id)
        ? null
        : `unknown organ ${quote(source.id)}`;
    case 'joint':
      return Object.hasOwn(REFERRAL_JOINTS, source.id)
        ? null
        : `unknown joint ${quote(source.id)} (${REFERRAL_JOINT_IDS.join(', ')})`;
  }
}

/**
 * Pain maps: every zone and point names a source that exists, a midline source's shapes say
 * which side they are on only as `same` (both sides), `left` or `right`, and a viscerosomatic band
 * gives its levels.
 */
export function checkMaps(
  content: ContentSet,
  muscles: ReadonlyMap<string, unknown>,
  checkCitations: (citations: readonly Citation[], path: string) => void,
  report: (path: string, message: string) => void,
): void {
  content.zones.forEach((zone, i) => {
    const path = `zones[${i}]`;
    const problem = sourceProblem(zone.source, muscles);
    if (problem) report(`${path}.source.id`, problem);
    else if (!sourceIsPaired(zone.source))
      (['essential', 'spillover'] as const).forEach((grade) =>
        zone[grade].forEach((shape, k) => {
          if (shape.side === 'opposite')
            report(
              `${path}.${grade}[${k}].side`,
              `${quote(zone.source.id)} is a midline source: use "same" (both sides), "left" or "right"`,
            );
        }),
      );
    if (zone.kind === 'viscerosomatic' && !zone.levels)
      report(`${path}.levels`, 'a viscerosomatic band needs its spinal levels');
    checkCitations(zone.citations, `${path}.citations`);
  });
  content.points.forEach((point, i) => {
    const path = `points[${i}]`;
    const problem = point.source ? sourceProblem(point.source, muscles) : null;
    if (problem) report(`${path}.source.id`, problem);
    checkCitations(point.citations, `${path}.citations`);
  });
}
