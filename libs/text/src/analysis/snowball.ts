import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type SupportedLanguage = 'pl' | 'en';

interface SnowballStemmer {
  stem(word: string): string;
}

interface SnowballBindings {
  initSync(options: { module: Buffer }): void;
  Stemmer: new (language: number) => SnowballStemmer;
  Languages: Record<'Polish' | 'English', number>;
}

const packageName = 'multilingual-stemmer';

/**
 * `multilingual-stemmer` (Snowball 3.1.1 as WebAssembly) is ESM-only and its entry point uses
 * top-level await, which CommonJS cannot require. Its wasm-bindgen glue has no top-level await,
 * so we load that file directly and initialise the WebAssembly module synchronously.
 * `process.getBuiltinModule` keeps bundlers and jest from rewriting this runtime require.
 */
function loadBindings(): SnowballBindings {
  const nodeRequire = process.getBuiltinModule('node:module').createRequire(__filename);
  const packageDir = (nodeRequire.resolve.paths(packageName) ?? [])
    .map((dir) => join(dir, packageName))
    .find((dir) => existsSync(join(dir, 'package.json')));
  if (!packageDir) throw new Error(`Cannot find the ${packageName} package`);
  const bindings = nodeRequire(join(packageDir, 'dist/browser/index.js')) as SnowballBindings;
  bindings.initSync({ module: readFileSync(join(packageDir, 'dist/browser/index_bg.wasm')) });
  return bindings;
}

let stemmers: Record<SupportedLanguage, SnowballStemmer> | undefined;

export function snowballStemmer(language: SupportedLanguage): SnowballStemmer {
  if (!stemmers) {
    const bindings = loadBindings();
    stemmers = {
      pl: new bindings.Stemmer(bindings.Languages.Polish),
      en: new bindings.Stemmer(bindings.Languages.English),
    };
  }
  return stemmers[language];
}
