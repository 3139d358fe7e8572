import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      'test-results/',
      'apps/web/src/graphql/generated/',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'error',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@apollo/client/react',
              importNames: ['useMutation'],
              message: 'Use graphql/use-mutation: it sends a double-clicked mutation once.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/graphql/use-mutation.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      'test/**/*.ts',
      'libs/testing/**/*.ts',
      '**/*.spec.ts',
      '**/*.spec.tsx',
      'apps/web/e2e/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [
      'libs/ledger/**',
      'libs/database/src/migrations/**',
      'libs/testing/**',
      '**/*.spec.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/%/]', 'TemplateElement[value.raw=/%/]'].map((selector) => ({
          selector: selector.replace(
            '%',
            String.raw`\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?match(es|_events)\b`,
          ),
          message: 'MatchLedger (libs/ledger) is the only writer of matches and match_events.',
        })),
      ],
    },
  },
  prettier,
);
