import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { ROOT_IDS } from '../../content/ids';
import { useAppStore } from '../../state/store';
import { bodyRuntime } from '../body-runtime';
import { pointVertex } from './surface-screen-point';

const p = new Vector3();
const n = new Vector3();
const toCamera = new Vector3();

interface MapLabel {
  key: string;
  text: string;
  vertex: number;
  /** A trigger point: a marker, not a name. */
  marker?: boolean;
}

/**
 * The dermatome overlay names each dermatome on the body, at its key sensory point (large type
 * for a projector), and a muscle's zone shown on the body has its trigger points marked (✕, as
 * on the charts); a label on skin turned away from the camera is hidden.
 */
export function MapLabels() {
  const on = useAppStore((s) => s.overlays.includes('dermatomes'));
  const points = useAppStore((s) => s.content.content.points);
  const zones = useAppStore((s) => s.content.content.zones);
  const shown = useAppStore((s) => s.shownZones);
  const preview = useAppStore((s) => s.previewZone);
  const camera = useThree((s) => s.camera);
  // The trigger points of the muscles whose zones are shown, on the side shown.
  const markers = useMemo<MapLabel[]>(() => {
    if (!bodyRuntime.skinSurface) return [];
    const keys = preview ? [...shown, preview] : shown;
    return keys.flatMap((key) => {
      const [id, side] = key.split('.') as [string, 'left' | 'right' | undefined];
      const zone = zones.find((z) => z.id === id);
      if (zone?.source.kind !== 'muscle' || !side) return [];
      return points
        .filter((pt) => pt.kind === 'trigger-point' && pt.source?.id === zone.source.id)
        .flatMap((pt) => {
          const vertex = pointVertex(pt, side);
          return vertex === null
            ? []
            : [{ key: `${key}:${pt.id}`, text: '✕', vertex, marker: true }];
        });
    });
  }, [points, zones, shown, preview]);
  const dermatomeLabels = useMemo<MapLabel[]>(() => {
    if (!on || !bodyRuntime.skinSurface) return [];
    return points
      .filter((pt) => pt.kind === 'key-sensory-point' && pt.source?.kind === 'root')
      .flatMap((pt) =>
        (['left', 'right'] as const).flatMap((side) => {
          const vertex = pointVertex(pt, side);
          const root = pt.source!.id;
          const text = ROOT_IDS.includes(root as (typeof ROOT_IDS)[number]) ? root : pt.name;
          return vertex === null ? [] : [{ key: `${pt.id}.${side}`, text, vertex }];
        }),
      );
  }, [on, points]);
  const labels = useMemo(() => [...dermatomeLabels, ...markers], [dermatomeLabels, markers]);
  const refs = useRef(new Map<string, HTMLDivElement>());
  useFrame(() => {
    const skin = bodyRuntime.parts.skin;
    if (!skin) return;
    const normals = skin.mesh.geometry.getAttribute('normal');
    for (const label of labels) {
      const el = refs.current.get(label.key);
      if (!el) continue;
      skin.mesh.getVertexPosition(label.vertex, p);
      skin.mesh.localToWorld(p);
      n.fromBufferAttribute(normals, label.vertex).transformDirection(skin.mesh.matrixWorld);
      const facing = n.dot(toCamera.subVectors(camera.position, p).normalize());
      el.style.visibility = facing > 0.15 && skin.mesh.visible ? 'visible' : 'hidden';
    }
  });
  const skin = bodyRuntime.parts.skin;
  if (!skin || !labels.length) return null;
  return (
    <>
      {labels.map((label) => {
        skin.mesh.getVertexPosition(label.vertex, p);
        skin.mesh.localToWorld(p);
        return (
          <Html key={label.key} position={p.toArray()} center zIndexRange={[5, 0]}>
            <div
              className={label.marker ? 'map-label trigger-point-marker' : 'map-label'}
              title={label.marker ? 'Trigger point' : undefined}
              ref={(el) => {
                if (el) refs.current.set(label.key, el);
                else refs.current.delete(label.key);
              }}
            >
              {label.text}
            </div>
          </Html>
        );
      })}
    </>
  );
}
