import type { CodegenConfig } from '@graphql-codegen/cli';

// Response types for the integration tests, from the committed schema: a test's document is checked against the
// schema when the types are generated, and `app.gql(document)` infers the response from it. Documents are written
// with `graphql(...)` from `test/generated/gql.js`, in the test files and the factories; a document must be named,
// and its name must be unique across the tests. `npm run codegen:check` (part of `npm run lint`) fails when the
// committed output is stale.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['apps/api/test/**/*.ts', '!apps/api/test/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/api/test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
