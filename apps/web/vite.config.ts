import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/** Paths the API serves; the dev server forwards them so the UI can call the API same-origin. */
export const API_PATHS = ['/v1', '/hooks', '/health', '/ready', '/openapi.json', '/docs'] as const;

/**
 * The web app's Vite configuration for a given API address. Exported so tests
 * can start a real dev server against an API of their own. With `apiKey`
 * (`npm start` passes its ADMIN_API_KEY) the dev server authenticates the
 * requests it proxies, so the UI works before anyone has signed in.
 */
export function createWebViteConfig(apiTarget: string, apiKey?: string): UserConfig {
  const headers = apiKey ? { authorization: `Bearer ${apiKey}` } : undefined;
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [react()],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      proxy: Object.fromEntries(
        API_PATHS.map((path) => [path, { target: apiTarget, changeOrigin: true, ...(headers ? { headers } : {}) }]),
      ),
    },
    // Listing the dependencies up front spares the first page load a
    // "new dependencies optimized, reloading" round trip.
    optimizeDeps: {
      include: ['react', 'react-dom/client', 'react-router-dom', '@tanstack/react-query', 'zod'],
    },
    build: { outDir: 'dist', sourcemap: true },
  };
}

export default defineConfig(() =>
  createWebViteConfig(process.env.TRIBUTARY_API_URL ?? 'http://127.0.0.1:3000', process.env.TRIBUTARY_API_KEY),
);
