import type { CodegenConfig } from '@graphql-codegen/cli';

const typeConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { DateTime: 'string' },
  skipTypename: true,
};

/** Types for every operation in the app, from the API's schema; `--check` in CI fails when stale. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  generates: {
    'apps/web/src/graphql/generated/': {
      documents: [
        'apps/web/src/**/*.{ts,tsx}',
        'apps/web/src/**/*.graphql',
        '!apps/web/src/graphql/generated/**',
        '!apps/web/src/session/operations.generated.ts',
      ],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typeConfig,
    },
    // The pages before sign-in take their few operations from a file of their own: the module
    // above holds every operation of the app, which the sign-in page need not download.
    'apps/web/src/session/operations.generated.ts': {
      documents: 'apps/web/src/session/operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...typeConfig, scalars: { DateTime: 'string', ID: 'string' } },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
