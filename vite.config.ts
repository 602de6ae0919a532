import { defineConfig } from 'vite';

/**
 * The browser client. Vite's root is client/ so index.html sits next to its sources; the build lands in
 * dist/client, which the game server serves. `npm run dev` proxies everything the server owns (sockets,
 * the HTTP API, model weights) to a game server on port 3000, so the page keeps a single origin either way.
 */
const GAME_SERVER = process.env.GAME_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  root: 'client',
  base: '/',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    // Phaser alone is ~1.2 MB minified; it is one cached download, so do not warn about it.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: true,
    port: 5173,
    proxy: {
      '/socket.io': { target: GAME_SERVER, ws: true, changeOrigin: true },
      '/api': { target: GAME_SERVER, changeOrigin: true },
      '/models': { target: GAME_SERVER, changeOrigin: true },
      '/healthz': { target: GAME_SERVER, changeOrigin: true },
    },
    fs: {
      // The client imports ../shared/** (plain TypeScript shared with the server).
      allow: ['..'],
    },
  },
});
