import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/** Paths the API serves; the dev server forwards them so the UI can call the API same-origin. */
export const API_PATHS = ['/v1', '/hooks', '/health', '/ready', '/openapi.json', '/docs'] as const;

/**
 * The web app's Vite configuration for a given API address. Exported so tests
 * can start a real dev server against an API of their own. The proxy adds no
 * credentials: the browser signs in and its session cookie authenticates it.
 */
export function createWebViteConfig(apiTarget: string): UserConfig {
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [react()],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: apiTarget, changeOrigin: true }])),
    },
    // Listing the dependencies up front spares the first page load a
    // "new dependencies optimized, reloading" round trip.
    optimizeDeps: {
      include: [
        'react',
        'react-dom/client',
        'react-router-dom',
        '@tanstack/react-query',
        'zod',
        // the editor's, found only once its lazy route loads: without them the
        // first visit to a flow would reload the page mid-way
        '@xyflow/react',
        'elkjs/lib/elk.bundled.js',
        '@codemirror/autocomplete',
        '@codemirror/commands',
        '@codemirror/language',
        '@codemirror/lint',
        '@codemirror/state',
        '@codemirror/view',
        '@lezer/highlight',
        // the engine's own expression and mapping code, which the editor runs for previews
        '@tributary/workflows > jsonata',
        '@tributary/workflows > luxon',
        '@tributary/workflows > @cfworker/json-schema',
      ],
    },
    build: { outDir: 'dist', sourcemap: true },
  };
}

export default defineConfig(() => createWebViteConfig(process.env.TRIBUTARY_API_URL ?? 'http://127.0.0.1:3000'));
