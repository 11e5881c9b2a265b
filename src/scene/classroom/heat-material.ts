import { AdditiveBlending, ShaderMaterial } from 'three';

/**
 * Soft discs for the poll's heat map: each bin a round, blurred spot of `size` metres on the
 * body, its colour from cool (few taps) to hot (the most), added over the skin so overlapping
 * spots glow brighter. Legible on a projector: bright, large and smooth, no fine detail.
 */
export function createHeatMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { uScale: { value: 500 }, uSize: { value: 0.14 } },
    transparent: true,
    depthWrite: false,
    blending: AdditiveBlending,
    vertexShader: /* glsl */ `
      attribute float weight;
      uniform float uScale;
      uniform float uSize;
      varying float vWeight;
      void main() {
        vWeight = weight;
        vec4 mv = modelViewMatrix * vec4(position, 1.0);
        // Pulled a little towards the eye so the disc is not cut by the skin it lies on.
        mv.xyz += normalize(-mv.xyz) * 0.03;
        gl_Position = projectionMatrix * mv;
        gl_PointSize = uSize * (0.6 + 0.6 * weight) * uScale / -mv.z;
      }
    `,
    fragmentShader: /* glsl */ `
      varying float vWeight;
      void main() {
        vec2 c = gl_PointCoord * 2.0 - 1.0;
        float r = dot(c, c);
        if (r > 1.0) discard;
        float a = exp(-3.0 * r);
        vec3 cool = vec3(0.1, 0.55, 1.0);
        vec3 warm = vec3(1.0, 0.8, 0.1);
        vec3 hot = vec3(1.0, 0.15, 0.05);
        vec3 col = vWeight < 0.5 ? mix(cool, warm, vWeight * 2.0) : mix(warm, hot, vWeight * 2.0 - 1.0);
        gl_FragColor = vec4(col * a * (0.55 + 0.45 * vWeight), a);
      }
    `,
  });
}

/** The disc size in pixels follows the canvas height (a projector is tall in pixels). */
export function setHeatScale(material: ShaderMaterial, canvasHeight: number): void {
  material.uniforms['uScale']!.value = canvasHeight * 1.4;
}
