/**
 * The operator stands where the technique's text says: where a variant's `operatorPosition` names
 * a side of the table or its head / foot end, the script says so (`operatorSide`) and the scene's
 * stance agrees — every hand on the patient comes from a shoulder on that side or at that end, for
 * both picked sides.
 */
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { JOINTS } from '../../../src/body/rig';
import { animationScriptSchema, type OperatorStance } from '../../../src/content/animation-schema';
import { animations } from '../../../src/content/animations';
import type { Side } from '../../../src/content/ids';
import { techniques } from '../../../src/content/techniques';
import { eachSettledPhase } from './operator-fixture';

/** Half the table's length (Supports.tsx): a shoulder beyond it is at that end of the table. */
const TABLE_END = 1.0;
const LYING = new Set(['supine', 'prone', 'side-lying-left', 'side-lying-right']);

interface Named {
  stance: OperatorStance;
  /** A body side the text names outright ("at the patient's right side"). */
  body?: Side;
}

/** What an `operatorPosition` text says about where the operator stands, if anything. */
function namedStance(text: string): Named | null {
  if (/head of the table/i.test(text)) return { stance: 'head' };
  if (/foot of the table/i.test(text)) return { stance: 'foot' };
  if (/opposite the side|other side of the table/i.test(text)) return { stance: 'opposite' };
  const outright = /patient[’']s (left|right) side/i.exec(text);
  if (outright) return { stance: 'same', body: outright[1]!.toLowerCase() as Side };
  if (
    /on the side of the|on the (treated|tested|dysfunctional) side|on the side (to be|being) treated/i.test(
      text,
    )
  )
    return { stance: 'same' };
  return null;
}

const variantText = new Map<string, string>();
for (const t of techniques) for (const v of t.variants) variantText.set(v.id, v.operatorPosition);

const cases = Object.entries(animations).flatMap(([id, input]) => {
  const text = variantText.get(id);
  const named = text ? namedStance(text) : null;
  const script = animationScriptSchema.parse(input);
  return named && LYING.has(script.patientPosition) ? [{ id, input, script, named, text }] : [];
});

describe('operator stance follows the technique text', () => {
  it('finds texts that name a side or an end of the table', () => {
    expect(cases.map((c) => c.named.stance)).toEqual(expect.arrayContaining(['same', 'opposite']));
    expect(cases.length).toBeGreaterThan(15);
  });

  it.each(cases)('$id: the script names the stance its text gives', ({ script, named }) => {
    expect(script.operatorSide).toBe(named.stance);
  });

  it.each(cases)('$id: every hand comes from that side or end', ({ id, input, named }) => {
    const bad: string[] = [];
    for (const side of ['left', 'right'] as Side[])
      eachSettledPhase(input, side, ({ frame, timeline, stage, shoulders }, phaseId) => {
        // The treated side's hip in the world: which side of the table that half of the body is on.
        const treated = named.body ?? timeline.side;
        const hip = JOINTS.find((j) => j.id === `hip.${treated}`)!.position;
        const hipX = new Vector3(...hip).applyMatrix4(stage.placement).x;
        const want = named.stance === 'opposite' ? -Math.sign(hipX) : Math.sign(hipX);
        frame.hands.forEach((h, i) => {
          if (!h.visible) return;
          const s = shoulders[i]!;
          const ok =
            named.stance === 'head'
              ? s.z < -TABLE_END
              : named.stance === 'foot'
                ? s.z > TABLE_END
                : Math.sign(s.x) === want && Math.abs(s.x) > 0.34;
          if (!ok) bad.push(`${id} (${side}) ${phaseId} ${h.side}: shoulder ${s.toArray()}`);
        });
      });
    expect(bad).toEqual([]);
  });
});
