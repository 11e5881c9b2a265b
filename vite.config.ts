import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { modelsPlugin } from './scripts/vite/models-plugin.ts';

export default defineConfig({
  base: './',
  publicDir: 'public',
  plugins: [
    react(),
    modelsPlugin(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
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
        globPatterns: ['**/*.{js,css,html,svg,glb,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173 },
});
