import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BufferGeometry,
  ConeGeometry,
  Mesh,
  MeshStandardMaterial,
  Quaternion,
  SkinnedMesh,
  TubeGeometry,
  Vector3,
  type ShaderMaterial,
} from 'three';
import type { BodyPaint } from '../domain/body-paint';
import { selectBodyPaint } from '../state/body-paint';
import { selectXray } from '../state/selectors';
import { useAppStore } from '../state/store';
import { partIndices, type PartLayer } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { linkCurve } from './chain-geometry';
import { createFlowMaterial, flowTime } from './flow-material';
import { prefersReducedMotion } from './motion';
import { createSettleClock, WAKE_EVENTS } from './settle-clock';
import { ROLE_COLORS } from './paint-colors';

const UP = new Vector3(0, 1, 0);

/** A copy of a layer mesh that draws only the given parts, bound to the same skeleton. */
function subsetMesh(
  layer: PartLayer,
  ids: ReadonlySet<string>,
  material: MeshStandardMaterial,
): Mesh | null {
  const wanted = partIndices(layer, ids);
  const index = layer.mesh.geometry.getIndex();
  if (!wanted.size || !index) return null;
  const kept: number[] = [];
  for (let t = 0; t < index.count; t += 3) {
    const a = index.getX(t);
    if (wanted.has(layer.vertexPart[a]!)) kept.push(a, index.getX(t + 1), index.getX(t + 2));
  }
  const geometry = new BufferGeometry();
  for (const [name, attr] of Object.entries(layer.mesh.geometry.attributes))
    geometry.setAttribute(name, attr);
  geometry.setIndex(kept);
  const source = layer.mesh;
  let mesh: Mesh;
  if (source instanceof SkinnedMesh) {
    const skinned = new SkinnedMesh(geometry, material);
    skinned.bind(source.skeleton, source.bindMatrix);
    mesh = skinned;
  } else mesh = new Mesh(geometry, material);
  mesh.matrixAutoUpdate = false;
  mesh.matrix.copy(source.matrixWorld);
  mesh.matrixWorld.copy(source.matrixWorld);
  mesh.renderOrder = 2;
  mesh.raycast = () => undefined;
  return mesh;
}

interface Flow {
  tube: Mesh;
  head: Mesh;
  material: ShaderMaterial;
}

function buildFlows(paint: BodyPaint): Flow[] {
  const flows: Flow[] = [];
  const last = paint.links.length - 1;
  paint.links.forEach((link, i) => {
    const curve = linkCurve(bodyRuntime.parts, link.from, link.via, link.to);
    if (!curve) return;
    const length = curve.getLength();
    const fromColor = i === 0 ? ROLE_COLORS.source : ROLE_COLORS.relay;
    const toColor = i === last ? ROLE_COLORS.target : ROLE_COLORS.relay;
    const material = createFlowMaterial(fromColor, toColor, length);
    material.uniforms['uOpacity']!.value = link.active ? 1 : 0.55;
    const radius = link.active ? 0.011 : 0.007;
    const tube = new Mesh(
      new TubeGeometry(curve, Math.max(24, Math.round(length * 120)), radius, 10, false),
      material,
    );
    // An arrowhead at the end says which way the referral runs, without relying on colour.
    const head = new Mesh(
      new ConeGeometry(radius * 2.6, radius * 6, 14),
      new MeshStandardMaterial({ color: toColor, emissive: toColor, emissiveIntensity: 0.4 }),
    );
    const end = curve.getPointAt(1);
    const tangent = curve.getTangentAt(1);
    head.position.copy(end).addScaledVector(tangent, radius * 2);
    head.quaternion.copy(new Quaternion().setFromUnitVectors(UP, tangent));
    // Drawn before the see-through skin (render orders 1–2, see skin-depth.ts) and writing depth:
    // a flow above the skin stays bright, one beneath it shows through the skin like the muscles.
    tube.renderOrder = 0;
    for (const m of [tube, head]) m.raycast = () => undefined;
    flows.push({ tube, head, material });
  });
  return flows;
}

/**
 * The active chain drawn on the body: the structures it runs through (shown even when the muscle
 * layer is hidden) and a flow along each link from source to target that moves unless the user
 * prefers reduced motion, and settles a few seconds after the last input (settle-clock.ts).
 */
export function ChainOverlay({ ready }: { ready: boolean }) {
  const paint = useAppStore(selectBodyPaint);
  // With skin-glow the structures are drawn only when the skin no longer hides them.
  const skinHides = useAppStore((s) => s.layers.skin && selectXray(s) === 0);
  const drawStructures = paint.structureView === 'see-through' || !skinHides;
  const invalidate = useThree((s) => s.invalidate);
  const highlight = useMemo(
    () =>
      new MeshStandardMaterial({
        color: '#ff6a3a',
        emissive: '#c2361a',
        emissiveIntensity: 0.35,
        roughness: 0.45,
      }),
    [],
  );

  const structures = useMemo(() => {
    if (!ready || !drawStructures || !paint.structures.length) return [];
    const ids = new Set(paint.structures);
    return (['muscles', 'organs'] as const)
      .map((l) => bodyRuntime.parts[l])
      .flatMap((layer) => (layer ? [subsetMesh(layer, ids, highlight)] : []))
      .filter((m): m is Mesh => !!m);
  }, [ready, drawStructures, paint, highlight]);

  const flows = useMemo(() => (ready ? buildFlows(paint) : []), [ready, paint]);

  useEffect(
    () => () => {
      for (const m of structures) m.geometry.dispose();
      for (const f of flows) {
        f.tube.geometry.dispose();
        f.head.geometry.dispose();
        f.material.dispose();
      }
    },
    [structures, flows],
  );

  useEffect(() => invalidate(), [structures, flows, invalidate]);

  // All flows share one time uniform (module scope), advanced here while a chain is drawn — for a
  // few seconds after the chain opens or the user does something, then the drawing holds still.
  const moving = flows.length > 0 && !prefersReducedMotion();
  const clock = useMemo(() => createSettleClock(), []);
  useEffect(() => {
    if (!moving) return;
    clock.poke();
    invalidate();
    const wake = () => {
      if (clock.poke()) invalidate();
    };
    for (const type of WAKE_EVENTS)
      window.addEventListener(type, wake, { capture: true, passive: true });
    return () => {
      for (const type of WAKE_EVENTS) window.removeEventListener(type, wake, { capture: true });
    };
  }, [moving, flows, clock, invalidate]);
  useFrame((_, delta) => {
    if (!moving || clock.settled()) return;
    // A frame after a long still spell must not jump the stripes ahead.
    flowTime.value += Math.min(delta, 0.1);
    invalidate();
  });

  return (
    <>
      {structures.map((m) => (
        <primitive key={m.uuid} object={m} />
      ))}
      {flows.map((f) => (
        <group key={f.tube.uuid}>
          <primitive object={f.tube} />
          <primitive object={f.head} />
        </group>
      ))}
    </>
  );
}
