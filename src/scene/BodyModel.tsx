import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { Mesh, type Group } from 'three';
import type { BodyPaint } from '../domain/body-paint';
import { LAYER_IDS, type LayerId } from '../domain/url';
import { selectBodyPaint } from '../state/body-paint';
import { selectShownLayers, selectXray } from '../state/selectors';
import { useAppStore } from '../state/store';
import { findPart, indexBodyParts } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { bodyShown, markBodyShown } from './body-shown';
import { frameParts } from './framing';
import { loadBody } from './load-body';
import { applyXray, createLayerMaterials, enableVertexColors } from './materials';
import { paintLayer } from './paint-colors';
import { partAt, regionOfPart } from './pick';
import { addSkinDepthPrepass } from './skin-depth';
import { readSkinSurface, restHit } from './maps/skin-surface';
import { treatedGlow } from './treated-glow';

function layerOf(object: { userData: Record<string, unknown> }): LayerId | null {
  const layer = object.userData['layer'];
  return typeof layer === 'string' && (LAYER_IDS as readonly string[]).includes(layer)
    ? (layer as LayerId)
    : null;
}

/** A pick event is on a visible layer and not the end of a drag. */
function regionFromEvent(e: ThreeEvent<PointerEvent | MouseEvent>): string | null {
  const layer = layerOf(e.object);
  const state = useAppStore.getState();
  // The trainer's bones are for looking at: a click there must not leave the case.
  if (!layer || !selectShownLayers(state)[layer] || state.page.kind === 'trainer') return null;
  const part = partAt(bodyRuntime.parts, e);
  return part ? regionOfPart(state.content, layer, part) : null;
}

const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
  onPaint(e);
  const region = regionFromEvent(e);
  if (!region) return;
  e.stopPropagation();
  useAppStore.getState().setHovered(region);
};

const onPointerOut = () => useAppStore.getState().setHovered(null);

const onClick = (e: ThreeEvent<MouseEvent>) => {
  if (e.delta > 6) return; // the end of an orbit drag, not a click
  const state = useAppStore.getState();
  if (state.brush) return; // painting, not choosing
  const region = regionFromEvent(e);
  if (!region) return;
  e.stopPropagation();
  // On the skin the touched point is kept: "Pain here may come from" lists that point's sources.
  const skin = bodyRuntime.skinSurface;
  const hit = skin && layerOf(e.object) === 'skin' ? restHit(skin, e) : null;
  // A study question waiting for a tap takes it instead of the differential.
  if (hit && state.studyTapArmed) state.tapStudy(region, hit.at);
  else if (hit) state.touchSkin(region, hit.at);
  else state.selectRegion(region);
};

/** The brush: pressing and dragging on the skin paints where the pain is. */
const onPaint = (e: ThreeEvent<PointerEvent>) => {
  const state = useAppStore.getState();
  if (!state.brush || (e.type === 'pointermove' && e.buttons === 0)) return;
  const skin = bodyRuntime.skinSurface;
  if (!skin || layerOf(e.object) !== 'skin') return;
  const hit = restHit(skin, e);
  if (!hit) return;
  e.stopPropagation();
  state.addDab(hit.at);
};

/** Double-click glides the camera to the region. */
const onDoubleClick = (e: ThreeEvent<MouseEvent>) => {
  const region = regionFromEvent(e);
  const info = region ? findPart(bodyRuntime.parts, region) : undefined;
  if (!info) return;
  e.stopPropagation();
  const el = e.nativeEvent.target as HTMLElement;
  const camera = frameParts([info], 35, el.clientWidth / Math.max(1, el.clientHeight));
  if (camera) useAppStore.getState().requestCamera(camera, { glide: true });
};

/** The skin turns partly see-through on its own only to show a chain's structures. */
const seeThroughFor = (paint: BodyPaint) =>
  paint.structures.length > 0 && paint.structureView === 'see-through';

/** The generated body: loads `models/body.glb` once, shows its layers, tints regions, picks. */
export function BodyModel() {
  const [scene, setScene] = useState<Group | null>(null);
  const [indexed, setIndexed] = useState(false);
  const setModelStatus = useAppStore((s) => s.setModelStatus);
  const layers = useAppStore(selectShownLayers);
  const xray = useAppStore(selectXray);
  const paint = useAppStore(selectBodyPaint);
  const invalidate = useThree((s) => s.invalidate);
  const materials = useMemo(() => createLayerMaterials(), []);

  // The skin is drawn as soon as the file is parsed; the part index and the picking hierarchy
  // (three-mesh-bvh, fetched only now) are built after that first frame, and the model is
  // "ready" (pickable, paintable) once they exist.
  useEffect(() => {
    let alive = true;
    void (async () => {
      const result = await loadBody();
      if (!alive) return;
      if (result.status !== 'ready') {
        markBodyShown();
        setModelStatus(result.status);
        if (result.status === 'failed') console.warn('Body model failed to load:', result.message);
        return;
      }
      bodyRuntime.scene = result.scene;
      setScene(result.scene);
      await bodyShown;
      const bvh = await import('three-mesh-bvh');
      if (!alive) return;
      bodyRuntime.parts = indexBodyParts(result.scene, bvh);
      const skin = bodyRuntime.parts.skin;
      bodyRuntime.skinSurface = skin ? readSkinSurface(skin) : null;
      bodyRuntime.skinDepth = addSkinDepthPrepass(result.scene);
      setIndexed(true);
      setModelStatus('ready');
    })().catch((e: unknown) => {
      markBodyShown();
      if (alive) setModelStatus('failed');
      console.warn('Body model failed to load:', e);
    });
    return () => {
      alive = false;
    };
  }, [setModelStatus]);

  // Layers and x-ray. While a chain is drawn the skin turns partly see-through so the muscles
  // and organs the chain runs through show beneath it (a technique keeps it solid: skin-glow).
  useEffect(() => {
    if (!scene) return;
    scene.traverse((o) => {
      const layer = layerOf(o);
      if (!layer) return;
      o.visible = layers[layer];
      if (o instanceof Mesh) o.material = materials[layer];
    });
    applyXray(materials.skin, Math.max(xray, seeThroughFor(paint) ? 0.5 : 0));
    if (bodyRuntime.skinDepth)
      bodyRuntime.skinDepth.visible = layers.skin && materials.skin.transparent;
    invalidate();
  }, [scene, indexed, layers, xray, paint, materials, invalidate]);

  if (!scene) return null;
  // Only visible layers take part in picking: the nearest visible surface wins.
  const proxies = LAYER_IDS.flatMap((l) => {
    const proxy = bodyRuntime.parts[l]?.proxy;
    return proxy && layers[l] ? [proxy] : [];
  });
  return (
    <>
      <primitive object={scene} />
      <BodyPainter materials={materials} indexed={indexed} />
      <group
        onPointerMove={onPointerMove}
        onPointerDown={onPaint}
        onPointerOut={onPointerOut}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
      >
        {proxies.map((p) => (
          <primitive key={p.uuid} object={p} />
        ))}
      </group>
    </>
  );
}

/**
 * Region tints: kept apart from BodyModel so that hovering (which changes often) repaints the
 * vertex colours without re-rendering the model and its pointer handlers.
 */
function BodyPainter({
  materials,
  indexed,
}: {
  materials: ReturnType<typeof createLayerMaterials>;
  /** The part index exists (it is built after the first frame): paint again once it does. */
  indexed: boolean;
}) {
  const paint = useAppStore(selectBodyPaint);
  const hovered = useAppStore((s) => s.hovered);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const glow =
      paint.structureView === 'skin-glow' ? treatedGlow(bodyRuntime.parts, paint.structures) : null;
    for (const layer of LAYER_IDS) {
      const parts = bodyRuntime.parts[layer];
      if (!parts) continue;
      paintLayer(parts, paint, hovered, layer === 'skin' ? glow : null);
      enableVertexColors(materials[layer]);
    }
    invalidate();
  }, [paint, hovered, materials, invalidate, indexed]);
  return null;
}
