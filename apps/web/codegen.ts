import type { CodegenConfig } from '@graphql-codegen/cli';

/** Paths are relative to the workspace root: `nx run web:codegen` runs from there. */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    '!apps/web/src/**/__tests__/**',
    '!apps/web/src/generated/**',
  ],
  ignoreNoDocuments: false,
  // Keep the committed output in the repository's Prettier style so regeneration makes no noise.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: {
        // Small app, no fragment colocation yet: plain typed results are simpler to pass around.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
