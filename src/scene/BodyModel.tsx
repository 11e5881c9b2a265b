import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { Mesh, type Group } from 'three';
import { LAYER_IDS, type LayerId } from '../domain/url';
import { selectLayers, selectXray } from '../state/selectors';
import { useAppStore } from '../state/store';
import { loadBody } from './load-body';
import { applyXray, createLayerMaterials } from './materials';

function layerOf(object: { userData: Record<string, unknown> }): LayerId | null {
  const layer = object.userData['layer'];
  return typeof layer === 'string' && (LAYER_IDS as readonly string[]).includes(layer)
    ? (layer as LayerId)
    : null;
}

/** The generated body: loads `models/body.glb` once and shows its layers as the store says. */
export function BodyModel() {
  const [scene, setScene] = useState<Group | null>(null);
  const setModelStatus = useAppStore((s) => s.setModelStatus);
  const layers = useAppStore(selectLayers);
  const xray = useAppStore(selectXray);
  const invalidate = useThree((s) => s.invalidate);
  const materials = useMemo(() => createLayerMaterials(), []);

  useEffect(() => {
    let alive = true;
    void loadBody().then((result) => {
      if (!alive) return;
      if (result.status === 'ready') setScene(result.scene);
      setModelStatus(result.status);
      if (result.status === 'failed') console.warn('Body model failed to load:', result.message);
    });
    return () => {
      alive = false;
    };
  }, [setModelStatus]);

  useEffect(() => {
    if (!scene) return;
    scene.traverse((o) => {
      const layer = layerOf(o);
      if (!layer) return;
      o.visible = layers[layer] || (layer === 'skin' && xray > 0 && layers.skin);
      if (o instanceof Mesh) o.material = materials[layer];
    });
    applyXray(materials.skin, xray);
    invalidate();
  }, [scene, layers, xray, materials, invalidate]);

  return scene ? <primitive object={scene} /> : null;
}
