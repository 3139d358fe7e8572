import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every operation in the app, from the API's schema; `--check` in CI fails when stale. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    'apps/web/src/**/*.graphql',
    '!apps/web/src/graphql/generated/**',
  ],
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
