import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web lives in src/web: one HTML entry per application, the staff console (index.html → /) and the public
// portal (portal/index.html → /portal/, its own small bundle without Ant Design). The server serves dist/web
// with a fallback to the console's index.html; the portal routes by hash, so only /portal/ is ever requested.
const webRoot = fileURLToPath(new URL('./src/web/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web/', import.meta.url));

/** Vendor groups: large libraries in their own long-cached chunks, so no chunk carries everything. */
const VENDOR_GROUPS = [
  // The router apart from React itself: the public portal loads React but routes by hash without it. React
  // comes first, or the router's group would take React along with its other dependencies.
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 35 },
  { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/, priority: 30 },
  {
    name: 'icons',
    test: /node_modules[\\/](@ant-design[\\/]icons|@ant-design[\\/]icons-svg)[\\/]/,
    priority: 20,
  },
  // The rc-components under antd first, then antd's own components: two chunks of about half a megabyte each.
  {
    name: 'antd-base',
    test: /node_modules[\\/](@ant-design|@rc-component|rc-[a-z-]+|@babel[\\/]runtime|dayjs)[\\/]/,
    priority: 15,
  },
  { name: 'antd', test: /node_modules[\\/]antd[\\/]/, priority: 10 },
];

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: { console: `${webRoot}index.html`, portal: `${webRoot}portal/index.html` },
      output: { codeSplitting: { groups: VENDOR_GROUPS } },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/docs': 'http://127.0.0.1:3000',
    },
  },
});
