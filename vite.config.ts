import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { modelsPlugin } from './scripts/vite/models-plugin.ts';

export default defineConfig({
  base: './',
  publicDir: 'public',
  plugins: [
    react(),
    modelsPlugin(),
    cspPlugin(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      // The manifest's icon is precached by `globPatterns` already; listing it again doubles it.
      includeManifestIcons: false,
      manifest: {
        name: 'OMT Atlas',
        short_name: 'OMT Atlas',
        description: 'Referred-pain chains and osteopathic techniques on a 3D body.',
        theme_color: '#1d2733',
        background_color: '#11161d',
        display: 'standalone',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // Precache the app shell and the body model so the app works with no network after the
        // first visit (library, train, lecture hall).
        // (The plugin adds the web manifest itself, so it is not matched here.)
        globPatterns: ['**/*.{js,css,html,svg,glb}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The first visit is offline-ready too: the new worker activates at once and takes
        // control of the page that installed it, without waiting for a reload.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173 },
});
