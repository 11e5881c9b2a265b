import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Raycaster, Vector2 } from 'three';
import { binTaps } from '../../domain/classroom/heat-map';
import { useAppStore } from '../../state/store';
import { bodyRuntime } from '../body-runtime';
import { diagnostics } from '../diagnostics';
import { restHit } from '../maps/skin-surface';
import { createHeatMaterial, setHeatScale } from './heat-material';

/** The live poll's taps, binned, as soft discs on the body (the lecturer's projector). */
function HeatMap() {
  const poll = useAppStore((s) => s.classPoll);
  const taps = useAppStore((s) => s.classTaps);
  const invalidate = useThree((s) => s.invalidate);
  const height = useThree((s) => s.size.height);
  const material = useMemo(() => createHeatMaterial(), []);
  const heat = useMemo(() => (poll ? binTaps(taps, poll.id) : null), [poll, taps]);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    const bins = heat?.bins ?? [];
    g.setAttribute('position', new BufferAttribute(new Float32Array(bins.flatMap((b) => b.at)), 3));
    g.setAttribute('weight', new BufferAttribute(new Float32Array(bins.map((b) => b.weight)), 1));
    return g;
  }, [heat]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    // The disc size in pixels follows the canvas height (the projector is tall in pixels).
    setHeatScale(material, height);
    invalidate();
  }, [material, height, invalidate]);
  useEffect(() => {
    // Tests and the load script read what the projector shows.
    diagnostics.heatMap = () => ({
      answers: heat?.answers ?? 0,
      bins: heat?.bins.length ?? 0,
    });
    invalidate();
    return () => {
      diagnostics.heatMap = () => ({ answers: 0, bins: 0 });
    };
  }, [heat, invalidate]);
  if (!heat || heat.bins.length === 0) return null;
  return <points geometry={geometry} material={material} renderOrder={10} frustumCulled={false} />;
}

/** Followers see the lecturer's laser as a bright dot on the body. */
function FollowedLaser() {
  const at = useAppStore((s) =>
    s.classRole === 'student' && s.following ? (s.classView?.laser ?? null) : null,
  );
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [at, invalidate]);
  if (!at) return null;
  return (
    <mesh position={at} renderOrder={11}>
      <sphereGeometry args={[0.018, 16, 12]} />
      <meshBasicMaterial color="#ff2a2a" depthTest={false} transparent opacity={0.9} />
    </mesh>
  );
}

const ray = new Raycaster();
const ndc = new Vector2();

/** The lecturer's laser: the rest point of skin under the pointer, for followers to see. */
function LaserPicker() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const el = gl.domElement;
    const onMove = (e: PointerEvent) => {
      const s = useAppStore.getState();
      const skin = bodyRuntime.skinSurface;
      const proxy = bodyRuntime.parts.skin?.proxy;
      if (!s.laser || !skin || !proxy) return;
      const box = el.getBoundingClientRect();
      ndc.set(
        ((e.clientX - box.left) / box.width) * 2 - 1,
        -((e.clientY - box.top) / box.height) * 2 + 1,
      );
      ray.setFromCamera(ndc, camera);
      const hit = ray.intersectObject(proxy, false)[0];
      s.setLaserPoint(hit ? (restHit(skin, hit)?.at ?? null) : null);
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => window.removeEventListener('pointermove', onMove);
  }, [gl, camera]);
  return null;
}

/** The live class on the body: heat map (lecturer), laser (followers), laser picking (lecturer). */
export function ClassMarks() {
  const role = useAppStore((s) => s.classRole);
  return (
    <>
      {role === 'lecturer' && <HeatMap />}
      {role === 'lecturer' && <LaserPicker />}
      {role === 'student' && <FollowedLaser />}
    </>
  );
}
