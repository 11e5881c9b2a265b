import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The model the first frame shows (src/scene/load-body.ts). */
const FIRST_MODEL = 'body.glb';

/**
 * Serves the committed `models/` folder at `/models/` in dev and copies it into the build, so the
 * generated body stays at the repo top level (as the layout requires) and is fetched same-origin.
 */
export function modelsPlugin(dir = 'models'): Plugin {
  const files = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.glb')) : []);
  return {
    name: 'omt-models',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/^\/models\/([\w.-]+\.glb)$/);
        const file = match?.[1];
        if (!file || !files().includes(file)) return next();
        res.setHeader('Content-Type', 'model/gltf-binary');
        res.end(readFileSync(join(dir, file)));
      });
    },
    // The body downloads while the scripts load and run: load-body.ts fetches it in the same
    // mode, so the browser hands over this response instead of fetching it again.
    transformIndexHtml() {
      return files().includes(FIRST_MODEL)
        ? [
            {
              tag: 'link',
              attrs: {
                rel: 'preload',
                href: `./models/${FIRST_MODEL}`,
                as: 'fetch',
                type: 'model/gltf-binary',
                crossorigin: 'anonymous',
              },
              injectTo: 'head-prepend',
            },
          ]
        : [];
    },
    generateBundle() {
      for (const file of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `models/${file}`,
          source: readFileSync(join(dir, file)),
        });
      }
    },
  };
}
