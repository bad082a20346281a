import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'bench/results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  { files: ['bot/cli/**', 'test/**', 'bench/**', '.ci/**'], rules: { 'no-console': 'off' } },
  {
    files: ['bot/web/client/**'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', URL: 'readonly', MutationObserver: 'readonly', Element: 'readonly' },
    },
  },
);
