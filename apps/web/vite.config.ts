import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server proxies nothing: in development, `npm run dev -w @citymaturity/web` serves the app on
// :5173 and forwards /api to a CityMaturity server on :8080 (start it with `npm start`).
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages are used from their TypeScript sources.
    conditions: ['source'],
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // bench/web-bundle.js reads the manifest to measure the JavaScript each route loads first.
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
