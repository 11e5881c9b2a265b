import { Color, ShaderMaterial } from 'three';

/** The clock every flow reads; the overlay advances it in the frame loop. */
export const flowTime = { value: 0 };

/**
 * Stripes that travel along a tube from its start (uv.x = 0) to its end (uv.x = 1), coloured from
 * the source colour to the target colour: the direction of referral reads even in greyscale.
 */
export function createFlowMaterial(from: string, to: string, length: number): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      uTime: flowTime,
      uFrom: { value: new Color(from) },
      uTo: { value: new Color(to) },
      uRepeat: { value: Math.max(2, length / 0.06) },
      uOpacity: { value: 1 },
    },
    transparent: true,
    depthWrite: true,
    vertexShader: /* glsl */ `
      varying vec2 vUv;
      void main() {
        vUv = uv;
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform float uTime;
      uniform vec3 uFrom;
      uniform vec3 uTo;
      uniform float uRepeat;
      uniform float uOpacity;
      varying vec2 vUv;
      void main() {
        float s = fract(vUv.x * uRepeat - uTime * 1.2);
        float chevron = smoothstep(0.0, 0.12, s) * (1.0 - smoothstep(0.45, 0.6, s));
        vec3 base = mix(uFrom, uTo, vUv.x);
        vec3 col = mix(base * 0.55, min(base * 1.35 + 0.1, vec3(1.0)), chevron);
        gl_FragColor = vec4(col, uOpacity);
      }`,
  });
}
