import {
  Color,
  CustomBlending,
  FrontSide,
  GreaterDepth,
  Mesh,
  OneMinusSrcAlphaFactor,
  ShaderMaterial,
  SrcAlphaFactor,
} from 'three';

/**
 * Hands under the patient (CV4, sacral contacts) or behind a limb are hidden by the body. Each hand
 * (and forearm) carries a twin drawn only where something is in front of it (depth test GREATER),
 * translucent and brightest at its silhouette, so the student sees the hand through the patient.
 *
 * Order matters: the twins draw after the body and the table but BEFORE the hands themselves
 * (render orders below, all in three's opaque list), so the depth they test against holds no hand
 * and a hand never shows its own far side; the opaque hands then cover any twin where they are
 * visible, keeping their normal shading.
 */
export const XRAY_RENDER_ORDER = 3;
/** After the skin (render order 2 in skin-depth.ts) and the twins. */
export const HAND_RENDER_ORDER = 4;

const TINT = new Color('#d9d4ff');

export const HAND_XRAY_MATERIAL = new ShaderMaterial({
  uniforms: { tint: { value: TINT } },
  vertexColors: true,
  vertexShader: /* glsl */ `
    varying vec3 vNormalView;
    varying vec3 vToCamera;
    varying vec3 vTone;
    void main() {
      vTone = color;
      vec4 mv = modelViewMatrix * vec4(position, 1.0);
      vToCamera = -mv.xyz;
      vNormalView = normalMatrix * normal;
      gl_Position = projectionMatrix * mv;
    }
  `,
  fragmentShader: /* glsl */ `
    uniform vec3 tint;
    varying vec3 vNormalView;
    varying vec3 vToCamera;
    varying vec3 vTone;
    void main() {
      // abs(): the left hand is a mirrored (scale x −1) copy, its normals may face away.
      float facing = abs(dot(normalize(vNormalView), normalize(vToCamera)));
      float rim = pow(1.0 - facing, 2.0);
      gl_FragColor = vec4(mix(vTone, tint, 0.45 + 0.4 * rim), 0.3 + 0.6 * rim);
      #include <colorspace_fragment>
    }
  `,
  // Opaque list (ordered by render order, see above) but blended.
  transparent: false,
  blending: CustomBlending,
  blendSrc: SrcAlphaFactor,
  blendDst: OneMinusSrcAlphaFactor,
  depthFunc: GreaterDepth,
  depthWrite: false,
  side: FrontSide,
});

const XRAY_NAME = 'occluded-hand';

/** Gives a hand or forearm mesh its see-through twin (once; the twin follows its transform). */
export function attachXray(owner: Mesh): void {
  owner.renderOrder = HAND_RENDER_ORDER;
  if (owner.children.some((c) => c.name === XRAY_NAME)) return;
  const twin = new Mesh(owner.geometry, HAND_XRAY_MATERIAL);
  twin.name = XRAY_NAME;
  twin.renderOrder = XRAY_RENDER_ORDER;
  twin.castShadow = false;
  twin.receiveShadow = false;
  // Picking goes through the body's proxies; the twin is never a target.
  twin.raycast = () => undefined;
  owner.add(twin);
}

/** Keeps the twin on the owner's current geometry and shows it or not (no allocation). */
export function syncXray(owner: Mesh, show: boolean): void {
  const children = owner.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.name !== XRAY_NAME || !(c instanceof Mesh)) continue;
    if (c.geometry !== owner.geometry) c.geometry = owner.geometry;
    c.visible = show;
  }
}
