import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, MeshStandardMaterial } from 'three';
import { useAppStore } from '../../state/store';
import { bodyRuntime } from '../body-runtime';
import { diagnostics } from '../diagnostics';
import { MapLabels } from './MapLabels';
import { planForState } from './plan-for-state';
import { pointVertex, vertexScreenPoint } from './surface-screen-point';
import { createZoneUniforms, installZoneShader, updateZoneUniforms } from './zone-shader';

/**
 * The pain maps on the skin: zones, the painted area and the touched point, drawn by the skin's
 * own shader (no extra geometry), redrawn only when what is shown changes.
 */
export function MapsLayer({ ready }: { ready: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const skin = ready ? bodyRuntime.skinSurface : null;
  const uniforms = useMemo(() => (skin ? createZoneUniforms(skin.frames) : null), [skin]);

  // Once: the skin learns its rest positions and the zone drawing.
  useEffect(() => {
    if (!skin || !uniforms) return;
    const mesh = skin.layer.mesh;
    if (!mesh.geometry.getAttribute('restPosition'))
      mesh.geometry.setAttribute('restPosition', new BufferAttribute(skin.rest, 3));
    if (mesh.material instanceof MeshStandardMaterial) installZoneShader(mesh.material, uniforms);
    invalidate();
  }, [skin, uniforms, invalidate]);

  const get = useThree((s) => s.get);
  useEffect(() => {
    if (!skin) return;
    diagnostics.surfacePoint = (name) => {
      const m = /^(.*?)(?:\.(left|right))?$/.exec(name);
      const point = useAppStore.getState().content.content.points.find((p) => p.id === m?.[1]);
      if (!point) return null;
      const v = pointVertex(point, (m?.[2] as 'left' | 'right' | undefined) ?? null);
      const { camera, size } = get();
      return v === null ? null : vertexScreenPoint(v, camera, size.width, size.height);
    };
    return () => {
      diagnostics.surfacePoint = () => null;
    };
  }, [skin, get]);

  const overlays = useAppStore((s) => s.overlays);
  const shown = useAppStore((s) => s.shownZones);
  const preview = useAppStore((s) => s.previewZone);
  const touched = useAppStore((s) => s.touched);
  const paint = useAppStore((s) => s.paint);
  const page = useAppStore((s) => s.page);
  const content = useAppStore((s) => s.content);

  useEffect(() => {
    if (!uniforms) return;
    const s = useAppStore.getState();
    updateZoneUniforms(uniforms, planForState(s), s.paint, s.touched);
    invalidate();
  }, [uniforms, overlays, shown, preview, touched, paint, page, content, invalidate]);
  return skin ? <MapLabels /> : null;
}
