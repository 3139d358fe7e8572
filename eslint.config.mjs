import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import safeql from '@ts-safeql/eslint-plugin/config';
import { readFileSync } from 'node:fs';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const testCode = [
  '**/*.spec.ts',
  '**/*.spec.tsx',
  'apps/web/e2e/**',
  'apps/web/test/**',
  'libs/testing/**',
];

const uncheckedSql = {
  selector: 'CallExpression[callee.property.name="query"][arguments.0.type=/Literal$/]',
  message: 'Write SQL with the `sql` tag (manager.sql`…`): the lint checks it and types its rows.',
};

/** TypeORM answers a bare UPDATE or DELETE … RETURNING with [rows, count], not with the rows. */
const bareReturning = {
  selector:
    'TaggedTemplateExpression[tag.property.name="sql"]:has(TemplateElement[value.raw=/RETURNING/]) > TemplateLiteral > TemplateElement:first-child[value.raw=/^\\s*(UPDATE|DELETE)\\s/i]',
  message:
    'Wrap UPDATE/DELETE … RETURNING in WITH changed AS (…) SELECT * FROM changed: TypeORM answers the bare form with [rows, count].',
};

const matchWrites = ['Literal[value=/%/]', 'TemplateElement[value.raw=/%/]'].map((selector) => ({
  selector: selector.replace(
    '%',
    String.raw`\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?match(es|_events)\b`,
  ),
  message: 'MatchLedger (libs/ledger) is the only writer of matches and match_events.',
}));

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
      // Tests read GraphQL answers as `any`; production code may not (see below).
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
    // Production code has no `any`: rows come typed from the checked `sql` tag (checkedSql).
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts'],
    ignores: testCode,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [...testCode, 'libs/database/src/migrations/**', 'libs/ledger/**'],
    rules: { 'no-restricted-syntax': ['error', uncheckedSql, bareReturning, ...matchWrites] },
  },
  {
    files: ['libs/ledger/**/*.ts'],
    ignores: testCode,
    rules: { 'no-restricted-syntax': ['error', uncheckedSql, bareReturning] },
  },
  ...checkedSql(),
  prettier,
);

/**
 * Raw SQL is written with TypeORM's `sql` tag and its row type is checked against the migrated
 * schema (SafeQL asks PostgreSQL to describe each query): `npm run lint` provides the database.
 */
function checkedSql() {
  // Text columns whose CHECK constraint lists the values of one of our enums (a test holds them equal).
  const columnEnums = JSON.parse(
    readFileSync(new URL('./libs/database/src/column-enums.json', import.meta.url), 'utf8'),
  );
  const databaseUrl = process.env.SCHEMA_DATABASE_URL;
  if (!databaseUrl) return [];
  return [
    {
      files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts', 'apps/migrator/**/*.ts', 'libs/**/*.ts'],
      ignores: testCode,
      ...safeql.configs.connections({
        databaseUrl,
        targets: [{ tag: '**.sql', transform: '{type}[]' }],
        overrides: {
          types: {
            json: 'unknown',
            jsonb: 'unknown',
            bytea: { parameter: 'Buffer*', return: 'Buffer' },
          },
          // jsonb columns our code writes, read back as what it wrote.
          columns: {
            'research_drafts.imported_fields': 'ImportedFields',
            'capabilities.imported_fields': 'ImportedFields',
            // A CHECK holds it to the two sides; MatchSide is a union type, not an enum.
            'meetings.proposed_by_side': 'MatchSide',
            ...columnEnums,
          },
        },
      }),
    },
  ];
}
