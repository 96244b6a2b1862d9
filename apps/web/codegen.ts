import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema, never from a running server: a schema diff is reviewed as an API change.
// Operations are `.graphql` files in each capability's `graphql/` folder; hooks import the typed `XxxDocument` constants from
// `src/generated/graphql.ts` (tree-shakeable, unlike the string-keyed map in `gql.ts`).
const config: CodegenConfig = {
  overwrite: true,
  schema: '../api/schema.gql',
  documents: ['src/**/graphql/*.graphql'],
  ignoreNoDocuments: false,
  // Generated files are committed: keep them in the repository's format so `prettier --check` stays clean.
  hooks: { afterAllFileWrite: ['prettier --write'] },
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
