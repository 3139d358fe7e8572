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
    // NestJS 12 and the stemmer's WebAssembly glue ship ES modules only; jest needs CommonJS. and for the stemmer's WebAssembly glue.
    '^.+/node_modules/(@nestjs|multilingual-stemmer)/.+\\.js$': swc('ecmascript'),
  },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/|multilingual-stemmer/)'],
  moduleNameMapper: {
    '^@app/(config|database|domain|matching|notifications|observability|queue|testing)$':
      '<rootDir>/libs/$1/src',
  },
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
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
