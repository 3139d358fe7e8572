import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { areaOf } from './src/i18n/areas';

const api = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The catalogues are parsed into ICU message ASTs at build time, so the browser gets react-intl
 * without its message parser (FormatJS's documented "no-parser" set-up), and split into the
 * words of the pages before sign-in and the rest (src/i18n/areas.ts).
 */
const precompiledMessages: Plugin = {
  name: 'precompiled-icu-messages',
  enforce: 'pre',
  resolveId(source, importer) {
    const match = /^\.\/messages\/([a-z]{2})\.json\?(public|app)$/.exec(source);
    if (!importer || !match) return undefined;
    // Not ending in .json: Vite's own JSON plugin must leave it alone.
    return `\0icu-messages:${match[2]}:${join(dirname(importer), 'messages', `${match[1]}.json`)}.js`;
  },
  load(id) {
    const match = /^\0icu-messages:(public|app):(.+)\.js$/.exec(id);
    if (!match) return undefined;
    const messages = JSON.parse(readFileSync(match[2]!, 'utf8')) as Record<string, string>;
    const compiled = Object.fromEntries(
      Object.entries(messages)
        .filter(([key]) => areaOf(key) === match[1])
        .map(([key, message]) => [key, parse(message)]),
    );
    return `export default ${JSON.stringify(compiled)};`;
  },
};

/** `npm run dev:web`: hot reload at :5173 against a running api; `npm run build` writes dist/apps/web. */
export default defineConfig({
  root: import.meta.dirname,
  // Each asset also as .br and .gz beside it: the api sends the one the browser accepts.
  plugins: [
    precompiledMessages,
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|svg|json)$/ }),
  ],
  resolve: {
    alias: [
      // What the web shares with the api: plain constants and types, no TypeORM (web tsconfig paths).
      ...['limits', 'postings/posting-kind'].map((file) => ({
        find: `@shared/${file.split('/').pop()}`,
        replacement: join(import.meta.dirname, `../../libs/domain/src/${file}.ts`),
      })),
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
    // The budget that counts is the bytes a first page transfers (apps/web/e2e/transfer.spec.ts).
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/uploads': { target: api, changeOrigin: true },
    },
  },
});
