/**
 * The benchmark's yardstick: the least a page can do to show the body — three, its GLTF loader
 * with the meshopt decoder, one camera and two lights, drawing the skin layer of the same model
 * file the app loads. `npm run bench` builds and serves it beside the app and compares the two.
 */
import {
  DirectionalLight,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
  Color,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

declare global {
  interface Window {
    __bodyFrameAt?: number;
  }
}

const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
scene.background = new Color('#1b222b');
const camera = new PerspectiveCamera(35, window.innerWidth / window.innerHeight, 0.05, 50);
camera.position.set(0.9, 1.15, 3.6);
camera.lookAt(0, 0.9, 0);
scene.add(new HemisphereLight(0xffffff, 0x444444, 1.2));
const sun = new DirectionalLight(0xffffff, 2);
sun.position.set(2, 4, 3);
scene.add(sun);

const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync('models/body.glb');
gltf.scene.traverse((o) => {
  const layer: unknown = o.userData['layer'];
  if (typeof layer === 'string') o.visible = layer === 'skin';
});
scene.add(gltf.scene);
requestAnimationFrame(() => {
  renderer.render(scene, camera);
  window.__bodyFrameAt = performance.now();
});
