// ESLint (flat config): typescript-eslint's recommended rules, and the layers of the code as import rules.
// `npm run lint`; `npm test` runs it after the typecheck.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const NODE_FREE_MESSAGE = 'This layer runs in a web worker too: no Node built-ins.';
/** Node's built-in modules by name (`fs`, `fs/promises`...); with the `node:` scheme see NODE_FREE. */
const NODE_BUILTINS = builtinModules.map((name) => ({ name, message: NODE_FREE_MESSAGE }));

/** An import restriction: module specifiers matching `regex` (relative paths included) are refused. */
const layer = (regex, message) => ({ regex, message });

const TO_RULES = layer(String.raw`(^|/)rules(/|$)|(^|/)catalogue$`, 'src/engine is handed its rules (createScanner); it never imports src/rules or src/catalogue.');
const TO_EXTENSION = layer(String.raw`(^|/)extension(/|$)`, 'Only the extension imports src/extension; code shared with the CLI goes to src/shared.');
const TO_CLI = layer(String.raw`(^|/)cli(/|$)`, 'Only the CLI imports src/cli; code shared with the extension goes to src/shared.');
const NO_VSCODE = { name: 'vscode', message: 'Only src/extension (outside pure/) talks to VS Code.' };
const NODE_FREE = layer('^node:', NODE_FREE_MESSAGE);

/** `no-restricted-imports` for one layer. */
const restrict = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', '.cache/**', '.vscode-test/**', 'out/**', 'test/fixtures/**', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The scripts' globals (TypeScript checks the .ts files' own).
    languageOptions: {
      globals: Object.fromEntries(
        ['console', 'process', 'performance', 'setTimeout', 'setImmediate', 'clearTimeout', 'TextEncoder', 'TextDecoder', 'URL', 'Buffer', '__dirname', 'globalThis'].map((g) => [g, 'readonly']),
      ),
    },
    rules: {
      // Binary sniffing, separators and escaping match control characters on purpose.
      'no-control-regex': 'off',
      // An escaped hyphen or slash in a character class reads as a literal wherever it stands: the house style.
      'no-useless-escape': 'off',
      // An error turned into a message for the user drops its cause on purpose: a parser's message may quote
      // the file, which may be a secret (issue 11).
      'preserve-caught-error': 'off',
      // `_`-prefixed names are deliberately unused (a destructured field left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // The layers (README, "How it is built").
  restrict(['src/engine/**/*.ts'], { paths: [NO_VSCODE, ...NODE_BUILTINS], patterns: [TO_RULES, TO_EXTENSION, TO_CLI, NODE_FREE] }),
  restrict(['src/rules/**/*.ts', 'src/facts/**/*.ts', 'src/catalogue.ts'], { paths: [NO_VSCODE, ...NODE_BUILTINS], patterns: [TO_EXTENSION, TO_CLI, NODE_FREE] }),
  // Shared by the CLI and the extension, whose web worker has no Node either.
  restrict(['src/shared/**/*.ts'], { paths: [NO_VSCODE, ...NODE_BUILTINS], patterns: [TO_EXTENSION, TO_CLI, NODE_FREE] }),
  // (The later entry wins for a file both match: pure/ after the rest of src/extension.)
  restrict(['src/extension/**/*.ts'], { patterns: [TO_CLI] }),
  restrict(['src/extension/pure/**/*.ts'], { paths: [NO_VSCODE], patterns: [TO_CLI] }),
  restrict(['src/cli/**/*.ts'], { paths: [NO_VSCODE], patterns: [TO_EXTENSION] }),
  // One bundle, two roles (the extension, its scan worker): each role requires only its own modules, when it starts.
  { files: ['src/extension/main.node.ts', 'src/extension/main.web.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
