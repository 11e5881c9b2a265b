/**
 * The per-phase camera of the technique stage: for every script, on both sides, each phase's view
 * shows the operator's settled hands (those not hidden under the patient) inside the part of the
 * canvas the player leaves free, from above, at a distance that keeps the hands large.
 */
import { Matrix4, PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { JOINTS } from '../../../src/body/rig';
import { animationScriptSchema } from '../../../src/content/animation-schema';
import { animations } from '../../../src/content/animations';
import type { Side } from '../../../src/content/ids';
import { compileTimeline, createFrame, evaluateInto } from '../../../src/domain/timeline';
import { phaseViews } from '../../../src/scene/technique/phase-framing';
import { placementMatrix } from '../../../src/scene/technique/placement';

const RIG = { joints: JOINTS };
const VIEW = { fovDeg: 35, aspect: 920 / 720, coveredBelow: 0.22 };
const SIDES: Side[] = ['left', 'right'];

describe('per-phase camera framing', () => {
  for (const [id, input] of Object.entries(animations)) {
    it.each(SIDES)(`${id} (%s): every phase shows its hands above the player`, (side) => {
      const tl = compileTimeline(animationScriptSchema.parse(input), side, RIG);
      const placement = placementMatrix(tl.patientPosition, new Matrix4());
      const views = phaseViews(tl, placement, VIEW, new Vector3(0, 0.9, 0));
      expect(views).toHaveLength(tl.instances.length);
      const frame = createFrame(tl);
      const camera = new PerspectiveCamera(VIEW.fovDeg, VIEW.aspect, 0.05, 50);
      const p = new Vector3();
      const normal = new Vector3();
      tl.instances.forEach((inst, i) => {
        const view = views[i]!;
        camera.position.fromArray(view.position);
        camera.lookAt(new Vector3().fromArray(view.target));
        camera.updateMatrixWorld(true);
        const distance = camera.position.distanceTo(new Vector3().fromArray(view.target));
        expect(distance).toBeGreaterThan(1);
        expect(distance).toBeLessThan(3.3);
        // From above the hands, never from under the table.
        expect(view.position[1]).toBeGreaterThan(view.target[1]);
        evaluateInto(frame, tl, inst.info.start + inst.info.duration * 0.8);
        for (const h of frame.hands) {
          if (!h.visible) continue;
          normal.fromArray(h.normal).transformDirection(placement);
          if (normal.y > 0.5) continue; // under the patient: hidden from above anyway
          p.fromArray(h.position).applyMatrix4(placement).project(camera);
          expect(Math.abs(p.x), `${inst.info.id}: hand x on screen`).toBeLessThan(1);
          expect(p.y, `${inst.info.id}: hand above the player`).toBeGreaterThan(
            -1 + 2 * VIEW.coveredBelow,
          );
          expect(p.y, `${inst.info.id}: hand below the top`).toBeLessThan(1);
        }
      });
    });
  }
});
