// Lint: typescript-eslint's recommended rules, promises that are never left floating, React's
// hook rules, and the layers of the code as import boundaries, so a wrong import fails `npm test`.
// The layers (docs/architecture.md):
//   shared  <- electron, cli, renderer      (shared imports none of them, nor Node, DOM or Electron)
//   renderer: db, bridge <- ui <- commands <- features <- app   (features/common imports no other feature)
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const SOURCES = ['shared/**/*.ts', 'electron/**/*.ts', 'cli/**/*.ts', 'renderer/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'];

/** Zones of import-x/no-restricted-paths: code in `target` may not import from `from`. */
const LAYERS = [
  { target: './shared', from: ['./electron', './renderer', './cli', './tests'], message: 'shared/ runs anywhere and depends on nothing else of ours.' },
  { target: './electron', from: ['./renderer', './cli'], message: 'the main process never imports the renderer or the CLI.' },
  { target: './cli', from: ['./renderer'], message: 'the CLI is Node: it shares shared/ (and electron/’s plain Node modules), never the renderer.' },
  { target: './renderer', from: ['./electron', './cli'], message: 'the renderer reaches the host only through the host bridge.' },
  { target: './renderer/db', from: ['./renderer/ui', './renderer/commands', './renderer/features', './renderer/app'], message: 'db/ is the bottom of the renderer.' },
  { target: './renderer/bridge', from: ['./renderer/db', './renderer/ui', './renderer/commands', './renderer/features', './renderer/app'], message: 'bridge/ is the bottom of the renderer.' },
  { target: './renderer/ui', from: ['./renderer/commands', './renderer/features', './renderer/app'], message: 'ui/ holds generic widgets and the shell frame; it knows no feature.' },
  { target: './renderer/commands', from: ['./renderer/features', './renderer/app'], message: 'commands/ serves every view and knows none.' },
  { target: './renderer/features', from: ['./renderer/app'], message: 'features are composed by app/, never the other way round.' },
  { target: './renderer/workers', from: ['./renderer/app', './renderer/ui', './renderer/commands'], message: 'a worker has no window: no shell, no commands.' },
  {
    target: './renderer/features/common',
    from: './renderer/features',
    except: ['./common'],
    message: 'features/common is what features share; it depends on none of them.',
  },
  {
    target: ['./renderer/app', './renderer/commands', './renderer/db', './renderer/features', './renderer/ui', './renderer/App.tsx', './renderer/main.tsx'],
    from: './renderer/bridge/browserBridge.ts',
    message: 'only the bridge picker (renderer/bridge/hostBridge.ts) knows which bridge is in use.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-electron/**', 'release/**', 'test-results/**', 'cli/dist/**', 'bin/**', '**/*.mjs', '**/*.cjs'] },
  {
    files: SOURCES,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'use renderer/ui/viewPreferences.ts, the one guarded helper.' }],
      // File-name checks and the CLI's output escaping match control characters on purpose.
      'no-control-regex': 'off',
    },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'shared/ is pure: no Node.' },
            { group: ['electron', 'react', 'react-dom', 'dexie', 'lexical', '@lexical/*'], message: 'shared/ is pure: no Electron, DOM or UI libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}', 'renderer/ui/**/*.{ts,tsx}', 'renderer/commands/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'reach IndexedDB through renderer/db/ functions.' }],
          patterns: [{ group: ['**/db/database'], allowTypeImports: true, message: 'reach IndexedDB through renderer/db/ functions (types may be imported).' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'renderer/ui/viewPreferences.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
