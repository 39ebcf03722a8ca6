import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedSource = /[\\/]shared[\\/]src[\\/]/;
const serverUrl = process.env.INGANG_SERVER_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@ingang/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': { target: serverUrl, changeOrigin: true },
      '/socket.io': { target: serverUrl, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One bundle (about 165 kB gzipped) for a tool that stays open all day; splitting would buy little.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // shared/ is pure contracts and logic, but also holds the server's zod schemas and the calendar (luxon).
      // Its modules have no side effects and schema construction is pure, so what the browser does not use — the
      // schemas, zod, luxon — is dropped from the bundle.
      treeshake: {
        moduleSideEffects: (id: string) => !sharedSource.test(id),
        manualPureFunctions: ['z', 'csv'],
      },
    },
  },
});
