import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { contentScriptFiles } from './scripts/content-script-files.js';

/**
 * Content scripts run inside every tracker page: they stay tiny and never touch the extension's
 * data. These imports belong to the worker and extension pages only.
 */
export const CONTENT_SCRIPT_RESTRICTED_IMPORTS = [
  'error',
  {
    patterns: [
      {
        regex: '^(zod|dexie|dexie-react-hooks|react|react-dom|cmdk)(/.*)?$',
        message: 'Content scripts stay free of zod, Dexie and React (they load in every page).',
      },
      {
        regex: '(^|/)db(/|$)',
        message: 'Content scripts never open the database; the worker and extension pages do.',
      },
      {
        regex: '(^|/)messaging/(handlers|router)$',
        message: "The message handlers and router are the worker's, not a content script's.",
      },
    ],
  },
];

/** The content-script side: by folder, plus whatever the content-script entrypoints import. */
export const CONTENT_SCRIPT_FILES = [
  'entrypoints/*.content.ts',
  'lib/mount/**/*.ts',
  'lib/trackers/**/*.ts',
  'lib/detect.ts',
  ...contentScriptFiles(import.meta.dirname),
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      '.throughline/**',
      'node_modules/**',
      'test-results/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Remote text is never parsed as HTML.' },
        { property: 'outerHTML', message: 'Remote text is never parsed as HTML.' },
      ],
    },
  },
  {
    files: CONTENT_SCRIPT_FILES,
    rules: { 'no-restricted-imports': CONTENT_SCRIPT_RESTRICTED_IMPORTS },
  },
  {
    // Each surface's folder is its own; what two surfaces share lives in components/shared or lib/.
    files: ['components/popup/**', 'components/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+sidebar/',
              message: 'Move what the popup or options page needs to components/shared or lib/.',
            },
          ],
        },
      ],
    },
  },
);
