/**
 * Replacements for a detected value: an environment-variable reference idiomatic to the file's
 * language (process.env.X, os.environ["X"], os.Getenv("X")...) or a typed placeholder (<AWS_ACCESS_KEY>).
 * Pure, for unit tests.
 */

type EnvReference = (name: string) => string;

const BY_LANGUAGE: Readonly<Record<string, EnvReference>> = {
  javascript: (n) => `process.env.${n}`,
  javascriptreact: (n) => `process.env.${n}`,
  typescript: (n) => `process.env.${n}`,
  typescriptreact: (n) => `process.env.${n}`,
  vue: (n) => `process.env.${n}`,
  svelte: (n) => `process.env.${n}`,
  python: (n) => `os.environ["${n}"]`,
  go: (n) => `os.Getenv("${n}")`,
  java: (n) => `System.getenv("${n}")`,
  kotlin: (n) => `System.getenv("${n}")`,
  scala: (n) => `sys.env("${n}")`,
  groovy: (n) => `System.getenv("${n}")`,
  csharp: (n) => `Environment.GetEnvironmentVariable("${n}")`,
  fsharp: (n) => `System.Environment.GetEnvironmentVariable("${n}")`,
  vb: (n) => `Environment.GetEnvironmentVariable("${n}")`,
  ruby: (n) => `ENV["${n}"]`,
  php: (n) => `getenv('${n}')`,
  rust: (n) => `std::env::var("${n}").unwrap_or_default()`,
  swift: (n) => `ProcessInfo.processInfo.environment["${n}"]`,
  dart: (n) => `Platform.environment['${n}']`,
  elixir: (n) => `System.get_env("${n}")`,
  perl: (n) => `$ENV{'${n}'}`,
  r: (n) => `Sys.getenv("${n}")`,
  julia: (n) => `ENV["${n}"]`,
  lua: (n) => `os.getenv("${n}")`,
  c: (n) => `getenv("${n}")`,
  cpp: (n) => `std::getenv("${n}")`,
  shellscript: (n) => `"\${${n}}"`,
  dockerfile: (n) => `\${${n}}`,
  makefile: (n) => `$(${n})`,
  powershell: (n) => `$env:${n}`,
  bat: (n) => `%${n}%`,
  yaml: (n) => `\${${n}}`,
  dotenv: (n) => `\${${n}}`,
  env: (n) => `\${${n}}`,
  properties: (n) => `\${${n}}`,
  toml: (n) => `"\${${n}}"`,
  terraform: (n) => `var.${n.toLowerCase()}`,
  hcl: (n) => `var.${n.toLowerCase()}`,
};

/** Languages whose references are expressions: a quoted literal around the value is replaced too. */
const EXPRESSION_LANGUAGES = new Set([
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'python', 'go',
  'java', 'kotlin', 'scala', 'groovy', 'csharp', 'fsharp', 'vb', 'ruby', 'php', 'rust', 'swift', 'dart',
  'elixir', 'perl', 'r', 'julia', 'lua', 'c', 'cpp', 'powershell', 'shellscript', 'toml', 'terraform', 'hcl',
]);

/** The environment-variable reference for `name` in this language, or undefined when there is no idiom. */
export function envReference(languageId: string, name: string): string | undefined {
  return BY_LANGUAGE[languageId]?.(name);
}

/** UPPER_SNAKE form of an identifier ('apiKey' -> 'API_KEY', 'aws.secret-key' -> 'AWS_SECRET_KEY'). */
export function upperSnake(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/**
 * Name of the environment variable for a value: the identifier it is assigned to on its line
 * (`aws_secret = "..."`, `"apiKey": "..."`, `API_KEY=...`), else the finding's kind.
 */
export function envVarName(textBeforeValue: string, kind: string): string {
  const m = /([A-Za-z_][A-Za-z0-9_.-]*)["'`\]]?\s*(?::=|=>|[:=])\s*["'`]?$/.exec(textBeforeValue);
  const fromKey = m ? upperSnake(m[1].split('.').pop()!) : '';
  const name = /^[A-Z_][A-Z0-9_]{1,63}$/.test(fromKey) ? fromKey : upperSnake(kind);
  return name === '' ? 'SECRET' : name;
}

/** A typed placeholder the engine itself treats as a placeholder, e.g. '<AWS_ACCESS_KEY>'. */
export function typedPlaceholder(kind: string): string {
  return `<${upperSnake(kind) || 'SECRET'}>`;
}

export interface Replacement {
  /** Columns on the line to replace (end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const QUOTES = new Set(['"', "'", '`']);

/**
 * The env-var replacement for the value at [start, end) of `lineText`: in languages where the
 * reference is an expression, a quoted literal that holds exactly the value is replaced whole.
 */
export function envReplacement(languageId: string, lineText: string, start: number, end: number, kind: string): Replacement | undefined {
  const name = envVarName(lineText.slice(0, start), kind);
  const reference = envReference(languageId, name);
  if (reference === undefined) return undefined;
  const before = lineText[start - 1];
  const after = lineText[end];
  if (EXPRESSION_LANGUAGES.has(languageId) && before !== undefined && QUOTES.has(before) && after === before) {
    return { start: start - 1, end: end + 1, text: reference };
  }
  return { start, end, text: reference };
}
