// ESLint checks only regular expressions here (biome does the rest): every regex must be linear.
import redos from 'eslint-plugin-redos-detector'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default [
  {
    files: ['packages/*/src/**/*.ts', 'src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp, 'redos-detector': redos },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-move': 'error',
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/require-unicode-regexp': 'error',
      'redos-detector/no-unsafe-regex': 'error',
    },
  },
]
