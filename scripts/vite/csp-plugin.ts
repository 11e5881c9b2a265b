import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Everything comes from the app's own origin; the
 * only exception to "no code from strings" is WebAssembly compilation, which the meshopt decoder
 * of the body model needs (`'wasm-unsafe-eval'`, not `'unsafe-eval'`). zod runs jitless
 * (`src/zod.ts`), so it never tries `new Function`. Blob and data URLs are the textures
 * GLTFLoader unpacks from the model and the images the app exports.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the policy as a `meta` tag to the built `index.html` only: the dev server injects inline
 * scripts for hot reloading, which the policy (rightly) forbids.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'omt-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
