// ESLint (flat config). Besides the usual TypeScript checks, it guards the boundaries of
// DESIGN.md §1: folders name the runtime, and an import across them is an error.
//  - renderer/ runs in a sandboxed browser page: no Electron, no Node, no native modules, and
//    from main/ only `import type` (the contract's types).
//  - main/ outside main/electron/ must run under plain Node (tests, CLI, browser mode): no
//    electron or electron-store.
//  - preload/ runs sandboxed: only `electron` and the contract (main/api).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.electron-native/**',
      'test/artifacts/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'main/core/seed/data2015.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Empty catch blocks are used on purpose where a failure is harmless (documented there).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Stripping control characters from pasted e-mails and from text written to files is a
      // feature here; such regular expressions spell them as escapes on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The two classic hook rules. Version 7's React Compiler rules (set-state-in-effect …)
      // judge code written for the compiler, which this project does not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Rendereren kjører i en sandkasse: bruk window.samling (renderer/src/api.ts).' },
            { name: 'electron-store', message: 'Innstillinger hører til main/electron.' },
            { name: 'better-sqlite3', message: 'Databasen nås bare gjennom kontrakten (renderer/src/api.ts).' },
            { name: 'exceljs', message: 'Regneark lages i kjernen (main/core), ikke i rendereren.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'Node-moduler finnes ikke i rendereren.' })),
          ],
          patterns: [
            { regex: '^node:', message: 'Node-moduler finnes ikke i rendereren.' },
            {
              regex: '(^|/)main(/|$)',
              allowTypeImports: true,
              message: 'Rendereren kan bare bruke typer fra main/ (import type); kall kjernen gjennom renderer/src/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Kjernen skal kjøre under vanlig Node (tester, CLI, nettlesermodus): Electron hører til main/electron.' },
            { name: 'electron-store', message: 'electron-store laster Electron: bruk den bare i main/electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|(\\.\\./)+main/api(/[\\w./-]*)?$)',
              message: 'Preload kjører i en sandkasse: bare «electron» og kontrakten (main/api) kan importeres.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures take their dependencies as a destructured first argument: `async ({}, use)`.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,mjs,cjs}', 'bin/**/*.mjs', 'resources/**/*.mjs', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
