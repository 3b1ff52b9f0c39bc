// Layer direction (docs/ARCHITECTURE.md): web → (HTTP) → server → services → domain, services → db.
// The rules below make a wrong-way import a lint error instead of a review comment.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeIo = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'child_process', 'node:child_process', 'pg', 'fastify', '@electric-sql/pglite', 'drizzle-orm', 'drizzle-orm/*'];
const layer = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', '.scratch/**', 'test-results/**', 'node_modules/**', 'src/db/migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['scripts/**/*.mjs', '*.js', 'bench/**/*.{ts,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeIo.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'domain 层不得做 I/O：规则只能是纯函数。' })),
        patterns: [
          layer(['drizzle-orm/*'], 'domain must not touch the database'),
          layer(['**/db/**', '**/services/**', '**/server/**', '**/web/**', '**/cli/**'], 'domain imports nothing above it'),
        ],
      }],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer(['**/services/**', '**/server/**', '**/web/**', '**/cli/**'], 'db only stores: it imports nothing above it')] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'fastify', message: 'services are framework-free; the HTTP layer calls them' }],
        patterns: [layer(['**/server/**', '**/web/**', '**/cli/**'], 'services import domain and db only')],
      }],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        layer(['**/web/**', '**/cli/**'], 'server does not import the web or the CLI'),
        // Types of rows are fine (presenters); reading or writing tables goes through services.
        { group: ['**/db/**'], allowTypeImports: true, message: 'route handlers go through services, never straight to tables' },
      ] }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer(['**/db/**', '**/services/**', '**/server/**', '**/cli/**'], 'the web talks to the server over HTTP only (shared schemas live in src/shared)')] }],
    },
  },
);
