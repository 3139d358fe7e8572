const swc = (syntax) => [
  '@swc/jest',
  {
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2023',
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc('typescript'),
    // NestJS 12, the stemmer's WebAssembly glue and the OpenID Connect client ship ES modules
    // only; jest needs CommonJS.
    '^.+/node_modules/(@nestjs|multilingual-stemmer|openid-client|oauth4webapi|jose)/.+\\.js$':
      swc('ecmascript'),
  },
  transformIgnorePatterns: [
    '/node_modules/(?!@nestjs/|multilingual-stemmer/|openid-client/|oauth4webapi/|jose/)',
  ],
  moduleNameMapper: {
    '^@app/(config|database|domain|imports|ledger|matching|notifications|observability|queue|testing|text)$':
      '<rootDir>/libs/$1/src',
    // Narrow entries for code that must not load a library's entities (the worker's build threads).
    '^@app/database/present$': '<rootDir>/libs/database/src/present.ts',
    '^@app/domain/enums$': '<rootDir>/libs/domain/src/enums.ts',
  },
};

/** The web app: TSX with React's automatic runtime, in jsdom; its ES-module-only libraries compiled. */
const webModules = [
  'react-router',
  'react-intl',
  '@formatjs',
  'intl-messageformat',
  '@apollo',
  '@wry',
  'optimism',
  '@tabler',
  'rxjs',
  '@remix-run',
  'cookie-es',
  'set-cookie-parser',
];
const web = {
  displayName: 'web',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        module: { type: 'commonjs' },
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(${webModules.join('|')})/)`],
  moduleNameMapper: {
    '^@shared/limits$': '<rootDir>/libs/domain/src/limits.ts',
    '^@shared/posting-kind$': '<rootDir>/libs/domain/src/postings/posting-kind.ts',
    '\\.css$': '<rootDir>/apps/web/test/style-stub.cjs',
    '^\\./routeModules\\.js$': '<rootDir>/apps/web/test/route-modules-stub.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/apps/web/test/setup.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
  // End-to-end tests wait for real processes; the timeout is global in Jest, not per project.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
      ],
      // The web app has its own project (jsdom); its e2e/ folder is Playwright's.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
    },
    web,
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      setupFiles: ['<rootDir>/test/api-under-test.ts'],
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
