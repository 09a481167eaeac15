/** Command-line parsing for `ai-privacy-guard`: commands, options, validation, help text. */
import { parseArgs } from 'node:util';
import type { Category, Confidence, Severity } from '../engine';

export type Format = 'text' | 'json' | 'sarif';

export interface ScanCommand {
  readonly command: 'scan';
  /** Paths, globs, or '-' for standard input. */
  readonly inputs: readonly string[];
  readonly format: Format;
  readonly output?: string;
  readonly excludes: readonly string[];
  readonly categories: readonly Category[];
  readonly disabledRules: readonly string[];
  readonly minConfidence: Confidence;
  readonly minSeverity: Severity;
  readonly customRules?: string;
  readonly redact: boolean;
  readonly baseline?: string;
  readonly writeBaseline?: string;
  /** Megabytes (MiB); 0 means no limit. */
  readonly maxFileSizeMB: number;
  /** Read files from git's index (what the next commit records) instead of the working tree. */
  readonly staged: boolean;
  /** Exit 2 when a file or folder was skipped (too large, binary, unreadable). */
  readonly failOnSkip: boolean;
}

export type Command =
  | ScanCommand
  | { readonly command: 'rules'; readonly format: Format; readonly output?: string }
  | { readonly command: 'help' }
  | { readonly command: 'version' };

/** A mistake on the command line: reported with the hint to run --help, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: ai-privacy-guard <command> [options]

Finds secrets (API keys, tokens, private keys, passwords) and personal data (emails, phone numbers,
card numbers, IBANs...) in files before they are pasted into ChatGPT or another AI tool.
Values are only ever shown masked (AKIA…WXYZ).

Commands:
  scan [paths | globs | -]     Scan files, folders (recursively) or globs; '-' reads standard input.
                               Without a path, scans the current folder.
  scan --staged [paths]        Scan what the next commit records, read from git's index: without a
                               path, every staged change; with paths, every tracked file under them.
  rules                        List the rule catalogue (--format text or json).

Options for scan:
  -f, --format <text|json|sarif>  Report format (default text). SARIF 2.1.0 suits code-scanning tools.
  -o, --output <file>             Write the report (or the redacted text) to a file instead of stdout.
      --exclude <glob>            Skip paths matching this glob (repeatable). node_modules, .git and
                                  whatever .gitignore files exclude are always skipped.
      --categories <list>         Comma-separated: secret, pii (default both).
      --disable <rule-id>         Do not run this rule (repeatable, or comma-separated).
      --min-confidence <level>    low, medium or high (default low: report everything).
      --min-severity <level>      low, medium or high (default medium; low adds documentation and test
                                  values such as example.com addresses and published test cards).
      --custom-rules <file.json>  Extra rules: a JSON list of { id, pattern, flags?, title?, category?,
                                  severity?, description? } (patterns run in a linear-time engine).
      --baseline <file>           Do not report findings whose fingerprint is in this baseline.
      --write-baseline <file>     Accept all current findings: write their fingerprints to this file.
      --max-file-size <MB>        Skip larger files, standard input included (default 10; 0 = no limit).
      --staged                    Read files from git's index, not the working tree (see above).
      --fail-on-skip              Exit 2 when anything was skipped (too large, binary, unreadable), for CI.
      --redact                    Print the text of stdin (or of one file) with every finding replaced
                                  by a placeholder such as [REDACTED_AWS_ACCESS_KEY_1]. Redacts at the
                                  lowest confidence, whatever --min-confidence says.
  -h, --help                      Show this help.
  -V, --version                   Show the version.

Every skipped file is listed on stderr (and in JSON and SARIF), with a count at the end.
Exit codes: 0 nothing found, 1 findings reported (or values redacted), 2 usage or I/O error, a file
that could not be read or scanned, or (with --fail-on-skip) a skipped file.
`;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const CATEGORIES: readonly Category[] = ['secret', 'pii'];
const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
const DEFAULT_MAX_FILE_SIZE_MB = 10;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

const splitList = (values: readonly string[] | undefined) =>
  (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        exclude: { type: 'string', multiple: true },
        categories: { type: 'string', multiple: true },
        disable: { type: 'string', multiple: true },
        'min-confidence': { type: 'string' },
        'min-severity': { type: 'string' },
        'custom-rules': { type: 'string' },
        redact: { type: 'boolean' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'max-file-size': { type: 'string' },
        staged: { type: 'boolean' },
        'fail-on-skip': { type: 'boolean' },
      },
    });
  } catch (e) {
    // Node's messages name the option; drop its advice about '--' which rarely applies here.
    const message = e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e);
    throw new UsageError(message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('missing command (scan or rules)');
  if (command === 'help') return { command: 'help' };

  const format = oneOf(v.format, FORMATS, '--format', 'text');
  if (command === 'rules') {
    if (rest.length > 0) throw new UsageError(`rules takes no arguments (got '${rest[0]}')`);
    if (format === 'sarif') throw new UsageError('rules can be listed as text or json');
    return { command: 'rules', format, output: v.output };
  }
  if (command !== 'scan') throw new UsageError(`unknown command '${command}' (expected scan or rules)`);

  const categories = splitList(v.categories);
  for (const c of categories) oneOf(c, CATEGORIES, '--categories', 'secret');
  let maxFileSize = DEFAULT_MAX_FILE_SIZE_MB;
  if (v['max-file-size'] !== undefined) {
    maxFileSize = Number(v['max-file-size']);
    if (!/^\d+(\.\d+)?$/.test(v['max-file-size'].trim()) || !Number.isFinite(maxFileSize)) {
      throw new UsageError(`--max-file-size must be a number of megabytes, 0 for no limit (got '${v['max-file-size']}')`);
    }
  }
  const staged = v.staged === true;
  // With --staged and no path, the input is every staged change (wherever it lies), not the current folder.
  const inputs = rest.length > 0 || staged ? rest : ['.'];
  if (staged && inputs.includes('-')) throw new UsageError("--staged reads git's index; it cannot be combined with standard input ('-')");
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError("standard input ('-') can be read only once");
  const redact = v.redact === true;
  if (redact && staged) throw new UsageError('--redact works on one input: standard input (-) or one file, not --staged');
  if (redact && inputs.length !== 1) throw new UsageError('--redact works on one input: standard input (-) or one file');
  if (redact && (v.baseline !== undefined || v['write-baseline'] !== undefined)) {
    throw new UsageError('--redact redacts every finding; it cannot be combined with --baseline or --write-baseline');
  }
  return {
    command: 'scan',
    inputs,
    format,
    output: v.output,
    excludes: v.exclude ?? [],
    categories: categories.length > 0 ? (categories as Category[]) : CATEGORIES,
    disabledRules: splitList(v.disable),
    minConfidence: oneOf(v['min-confidence'], CONFIDENCES, '--min-confidence', 'low'),
    minSeverity: oneOf(v['min-severity'], SEVERITIES, '--min-severity', 'medium'),
    customRules: v['custom-rules'],
    redact,
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    maxFileSizeMB: maxFileSize,
    staged,
    failOnSkip: v['fail-on-skip'] === true,
  };
}
