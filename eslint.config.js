// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The domain core is pure: no I/O, no ambient time or randomness, no adapters (STYLE B1).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'crypto', 'http', 'os'], message: 'core/ is pure: no Node I/O modules.' },
          { group: ['**/services/**', '**/store/**', '**/http/**', '**/jobs/**', '**/cli/**'], message: 'core/ imports only core/.' },
          { group: ['kysely', 'pg', 'better-sqlite3', 'fastify', '@fastify/*'], message: 'core/ imports no adapters.' },
        ],
      }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Take `now` as an input (STYLE B2.3).' },
        { object: 'Math', property: 'random', message: 'Take randomness as an input.' },
      ],
    },
  },
  {
    // The web imports only the pure core from the server side.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/src/services/**', '**/src/store/**', '**/src/http/**', '**/src/jobs/**', '**/src/cli/**'], message: 'web/ may import only src/core/.' }],
      }],
    },
  },
);
