#!/usr/bin/env node
// The bundle budget: the JavaScript a visitor's browser loads for the sign-in page (the entry,
// the sign-in chunk, the catalogue of one language and everything they import), gzipped, must
// stay under the limit. Run after `npm run build:web`; prints every page's figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..', 'dist/apps/web');
const budgetKb = Number(process.env.SIGN_IN_BUDGET_KB ?? 200);
const manifest = JSON.parse(readFileSync(join(root, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);

/** A chunk and everything it imports statically (what the browser fetches before it runs). */
function closure(key, into = new Set()) {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, into);
  return into;
}

const gzippedKb = (keys) =>
  [...keys].reduce(
    (sum, key) => sum + gzipSync(readFileSync(join(root, manifest[key].file))).length,
    0,
  ) / 1024;

const chunk = (source) => {
  const key = Object.keys(manifest).find((candidate) => candidate.endsWith(source));
  if (!key) throw new Error(`${source} is not a chunk of the build`);
  return key;
};

/** One area of the Polish catalogue (the larger one): `public` before sign-in, `app` after. */
const catalogue = (area) => {
  const key = Object.keys(manifest).find((candidate) =>
    new RegExp(`icu-messages:${area}:.*/pl\\.json\\.js$`).test(candidate),
  );
  if (!key) throw new Error(`the ${area} catalogue is not a chunk of the build`);
  return key;
};

/** A page: the entry, its own lazy chunks and the catalogue areas it shows. */
const page = (areas, ...sources) => {
  const keys = closure(entryKey);
  for (const source of sources) closure(chunk(source), keys);
  for (const area of areas) closure(catalogue(area), keys);
  return gzippedKb(keys);
};

const pages = {
  'sign-in': page(['public'], 'src/pages/sign-in.tsx'),
  home: page(['public', 'app'], 'src/layout/app-layout.tsx', 'src/pages/home.tsx'),
  'need editor': page(
    ['public', 'app'],
    'src/layout/app-layout.tsx',
    'src/postings/editor-page.tsx',
  ),
  'match page': page(['public', 'app'], 'src/layout/app-layout.tsx', 'src/matches/match-page.tsx'),
  'review queue': page(
    ['public', 'app'],
    'src/layout/app-layout.tsx',
    'src/review/review-queue-page.tsx',
  ),
  dashboard: page(['public', 'app'], 'src/layout/app-layout.tsx', 'src/console/dashboard-page.tsx'),
};
for (const [name, kb] of Object.entries(pages)) {
  process.stdout.write(`${name.padEnd(13)} ${kb.toFixed(1)} KB gzipped\n`);
}
process.stdout.write(`entry alone  ${gzippedKb(closure(entryKey)).toFixed(1)} KB gzipped\n`);
if (pages['sign-in'] > budgetKb) {
  process.stderr.write(
    `The sign-in page loads ${pages['sign-in'].toFixed(1)} KB of gzipped JavaScript; the budget is ${budgetKb} KB\n`,
  );
  process.exit(1);
}
