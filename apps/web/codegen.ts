import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema, never from a running server: a schema diff is reviewed as an API change.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../api/schema.gql',
  documents: ['src/**/graphql/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
