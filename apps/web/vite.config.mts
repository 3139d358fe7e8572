import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The catalogues are parsed into ICU message ASTs at build time, so the browser gets react-intl
 * without its message parser (FormatJS's documented "no-parser" set-up).
 */
const precompiledMessages: Plugin = {
  name: 'precompiled-icu-messages',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !/^\.\/messages\/[a-z]{2}\.json$/.test(source)) return undefined;
    // Not ending in .json: Vite's own JSON plugin must leave it alone.
    return `\0icu-messages:${join(dirname(importer), source)}.js`;
  },
  load(id) {
    if (!id.startsWith('\0icu-messages:')) return undefined;
    const messages = JSON.parse(
      readFileSync(id.slice('\0icu-messages:'.length, -'.js'.length), 'utf8'),
    ) as Record<string, string>;
    const compiled = Object.fromEntries(
      Object.entries(messages).map(([key, message]) => [key, parse(message)]),
    );
    return `export default ${JSON.stringify(compiled)};`;
  },
};

/** `npm run dev:web`: hot reload at :5173 against a running api; `npm run build` writes dist/apps/web. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [precompiledMessages, react()],
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    manifest: true,
    // The budget that counts is the gzipped sign-in page (scripts/check-web-budget.mjs).
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true } },
  },
});
