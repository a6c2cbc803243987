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
    rolldownOptions: {
      output: {
        // The page-grouped antd chunks would be named after every page that shares them: the hash is name enough.
        chunkFileNames: (chunk) => (chunk.name.startsWith('antd~') ? 'assets/antd-[hash].js' : 'assets/[name]-[hash].js'),
        // Libraries change less often than the app: chunks of their own keep their cache warm across releases.
        codeSplitting: {
          groups: [
            // Only the chart pages import it (lazily, through components/EChart): no other page loads it.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 2 },
            // Grouped by the pages that use them: the shell loads the components every page needs, and a page's own
            // (tables, pickers, uploads …) come with it, instead of every page loading all of antd.
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component)[\\/]/, priority: 1, entriesAware: true, entriesAwareMergeThreshold: 20_000 },
          ],
        },
      },
    },
  },
});
