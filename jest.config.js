// Jest runs TypeScript as native ES modules (NODE_OPTIONS=--experimental-vm-modules), transformed by SWC.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'es6' },
  },
];

// ESM-only packages that CommonJS dependencies require(); Node 20 allows that, Jest's module runtime does not.
const esmRequiredFromCjs = [
  'content-disposition',
  'cookie',
  // sanitize-html's parser and its DOM packages.
  'htmlparser2',
  'domhandler',
  'domutils',
  'domelementtype',
  'dom-serializer',
  'entities',
];
const toCommonJs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`node_modules/(${esmRequiredFromCjs.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmRequiredFromCjs.join('|')})/)`],
  moduleNameMapper: {
    '^@byline/credit$': '<rootDir>/libs/credit/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

// The embedded database has one session for everyone, so its tests run one file at a time.
export default {
  maxWorkers: process.env.DATABASE_URL ? 2 : 1,
  // The embedded database is one process for every test file, slower under load: its tests and hooks get longer.
  testTimeout: process.env.DATABASE_URL ? 60000 : 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/*/src/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/apps/web/src/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
    },
  ],
};
