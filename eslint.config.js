import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.tools/', 'node_modules/', 'test-results/', 'playwright-report/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text or <Markdown>, never HTML strings.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Use text nodes, never HTML strings.' },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // lib/ is framework-free: no React anywhere in it.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'react-*', 'dexie-react-hooks'], message: 'lib/ never imports React.' }] }],
    },
  },
  {
    // Page code stays tiny: no React, no Dexie, no zod in what runs in the page (content scripts, the injected highlight and picker).
    files: ['lib/page/**/*.ts', 'lib/contexts/**/*.ts', 'lib/messaging/protocol.ts', 'entrypoints/*.content.ts', 'entrypoints/highlight.ts', 'entrypoints/picker.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'dexie', 'dexie-*', 'zod', '**/db/*', '**/schemas/*'], message: 'Page code must stay tiny and never touch the database.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
