import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** The web app: root `web/`, built into `web/dist`, which the server serves (API.md `serve`). */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    // The web may import the pure domain core (STYLE B1); `@core/identity` → src/core/identity.
    alias: {
      '@core': fileURLToPath(new URL('../src/core', import.meta.url)),
      '@': fileURLToPath(new URL('src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    // `npm run dev` serves the API on 3000; TONGBAN_API_URL points the dev server at another one.
    proxy: { '/api': process.env.TONGBAN_API_URL ?? 'http://localhost:3000' },
  },
  build: {
    outDir: fileURLToPath(new URL('dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // antd and react change less often than the app: a separate chunk keeps their cache warm.
        manualChunks(id) {
          if (id.includes('node_modules/antd') || id.includes('node_modules/@ant-design') || id.includes('node_modules/rc-') || id.includes('node_modules/@rc-component')) return 'antd';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
});
