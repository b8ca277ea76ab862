// ESLint 9 flat config: TypeScript (type-aware), the rules of hooks, and the feature boundaries:
// a file in src/features/X may import another feature Y only through its public index
// (`@/features/Y`), never its internals (`@/features/Y/api/...`, `@/features/Y/components/...`).

import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const crossFeature = (feature) => ({
  group: ['@/features/*/**', `!@/features/${feature}/**`],
  message: 'Import another feature only through its public index (@/features/<name>), or compose in app/routes.',
});

/** A relative path that climbs out of the feature's folder (files are one or two folders deep in it). */
const climbsOut = (levels) => ({
  group: [`${'../'.repeat(levels)}*`],
  message: 'Leave the feature folder with the @/ alias, not a relative path.',
});

/** Per feature: nothing under @/features/* but its own folder and the other features' public indexes. */
const featureBoundaries = features.flatMap((feature) => [
  {
    files: [`src/features/${feature}/*.{ts,tsx}`, `src/features/${feature}/*/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossFeature(feature), climbsOut(2)] }] },
  },
  {
    files: [`src/features/${feature}/*/*/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossFeature(feature), climbsOut(3)] }] },
  },
]);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'e2e/screenshots', 'e2e/results'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { project: ['./tsconfig.app.json'], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Event handlers such as onSubmit={handleSubmit(...)} return promises React ignores on purpose.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  ...featureBoundaries,
  {
    // The end-to-end tests (Playwright, in Node): type-aware too, so a forgotten await is an error.
    files: ['e2e/**/*.ts', 'playwright.config.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.node,
      parserOptions: { project: ['./tsconfig.e2e.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Playwright's fixtures take their dependencies as a destructured object, `{}` when none.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'vite.config.ts'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
  },
);
