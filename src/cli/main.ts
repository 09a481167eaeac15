/**
 * `ai-privacy-guard`: the detection engine on files, folders, globs and standard input.
 * `main(argv, io)` is the whole program and returns the exit code (0 clean, 1 findings, 2 usage or
 * I/O error), so tests run it in-process; when this file is the entry point it runs on process.argv.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import packageJson from '../../package.json';
import { builtinRules, scan } from '../catalogue';
import { compileCustomRules, redact, type Finding, type Rule, type ScanOptions } from '../engine';
import { GlobError } from '../shared/globs';
import { decodeForScan, type DecodedText } from '../shared/text';
import { baselineFingerprinter, formatBaseline, parseBaseline, type Baseline } from './baseline';
import { discover, type FileTarget } from './files';
import { GitError, readStaged } from './git';
import { parseJson } from './json';
import { HELP, parseCommandLine, UsageError, type Command, type Format, type ScanCommand } from './options';
import {
  formatJson,
  formatSarif,
  formatText,
  printable,
  STDIN_PATH,
  type FileFindings,
  type ScanReport,
  type FailedFile,
  type SkippedFile,
} from './report';

export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Read only when an input is '-'. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** Working folder paths are resolved against (default process.cwd()). */
  readonly cwd?: string;
  /** Environment (default process.env); only NO_COLOR is consulted. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The engine's scan, replaceable so that tests can make one file fail. */
  readonly scan?: typeof scan;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const VERSION: string = packageJson.version;
/** Progress is shown only once a scan has run this long (and only on a terminal). */
const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 100;

/** An error the user can act on: its message is printed as is, exit code 2. */
class CliError extends Error {}

/** An input that cannot be read: the file is reported as failed and the others are scanned. */
class InputError extends CliError {
  constructor(
    path: string,
    readonly why: string,
  ) {
    super(`cannot read ${path}: ${why}`);
  }
}

function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  // Messages may hold paths: control characters in them are escaped, never sent to the terminal.
  const err = (text: string) => io.stderr.write(`${text.split('\n').map(printable).join('\n')}\n`);
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`ai-privacy-guard: ${e.message}`);
    err("Run 'ai-privacy-guard --help' for usage.");
    return EXIT_ERROR;
  }
  try {
    switch (command.command) {
      case 'help':
        io.stdout.write(HELP);
        return EXIT_CLEAN;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT_CLEAN;
      case 'rules':
        emit(io, command.output, formatRules(builtinRules, command.format));
        return EXIT_CLEAN;
      case 'scan':
        return await runScan(command, io);
    }
  } catch (e) {
    if (!(e instanceof CliError || e instanceof GitError || e instanceof GlobError)) throw e;
    err(`ai-privacy-guard: ${e.message}`);
    return EXIT_ERROR;
  }
}

function formatRules(rules: readonly Rule[], format: Format): string {
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.id,
      title: r.title,
      category: r.category,
      kind: r.kind,
      severity: r.severity,
      confidence: r.confidence ?? 'high',
      description: r.description,
      ...(r.helpUrl ? { helpUrl: r.helpUrl } : {}),
    }));
    return JSON.stringify(list, null, 2) + '\n';
  }
  const width = rules.reduce((w, r) => Math.max(w, r.id.length), 2);
  const rows = rules.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(8)}  ${r.severity.padEnd(6)}  ${r.title}`);
  return [`${'ID'.padEnd(width)}  ${'CATEGORY'}  ${'LEVEL'.padEnd(6)}  TITLE`, ...rows, `${rules.length} rules`].join('\n') + '\n';
}

/** Write to --output or stdout. */
function emit(io: CliIO, output: string | undefined, text: string): void {
  if (output === undefined) io.stdout.write(text);
  else writeTextFile(io.cwd ?? process.cwd(), output, text, 'output');
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code ? `${code}: ${message.replace(/^[A-Z]+: /, '')}` : message;
}

/** The kind of an unexpected error (RangeError, TypeError...): its message may quote scanned text. */
function errorKind(e: unknown): string {
  return e instanceof Error && /^[A-Za-z]{1,40}$/.test(e.name) ? e.name : 'unknown error';
}

function readText(path: string, what: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${reason(e)}`);
  }
}

function loadCustomRules(path: string, cwd: string): Rule[] {
  const text = readText(path, 'custom rules', cwd);
  let data: unknown;
  try {
    data = parseJson(text);
  } catch (e) {
    throw new CliError(`custom rules ${path} is not valid JSON: ${reason(e)}`);
  }
  // Accept a bare list or an object with a "rules" list (room for other settings later).
  const specs = !Array.isArray(data) && typeof data === 'object' && data !== null && 'rules' in data ? (data as { rules: unknown }).rules : data;
  const { rules, errors } = compileCustomRules(specs);
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const which = e.index < 0 ? 'the file' : `rule #${e.index + 1}${e.id ? ` ("${e.id}")` : ''}`;
      return `  ${which}: ${e.message}`;
    });
    throw new CliError(`custom rules ${path} has ${errors.length} error(s):\n${lines.join('\n')}`);
  }
  return rules;
}

/** The key of the baseline file about to be rewritten, so that rewriting it churns nothing; else undefined. */
function keyOfExistingBaseline(path: string, cwd: string): string | undefined {
  try {
    return parseBaseline(readFileSync(resolve(cwd, path), 'utf8')).key;
  } catch {
    return undefined;
  }
}

function loadBaseline(path: string, cwd: string): Baseline {
  const text = readText(path, 'baseline', cwd);
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new CliError(`baseline ${path} is not valid: ${reason(e)}`);
  }
}

/** --max-file-size, in bytes (0: no limit) and as the user wrote it. */
interface SizeLimit {
  readonly bytes: number;
  readonly megabytes: number;
}

const tooLarge = (limit: SizeLimit): DecodedText => ({ text: '', skip: `larger than ${limit.megabytes} MB (--max-file-size)` });

/** Standard input, read until it ends or passes the size limit (then it is not read further). */
async function readStdin(stdin: AsyncIterable<string | Uint8Array>, limit: SizeLimit): Promise<DecodedText> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      size += bytes.length;
      if (limit.bytes > 0 && size > limit.bytes) return tooLarge(limit);
      chunks.push(bytes);
    }
  } catch (e) {
    throw new InputError('standard input', reason(e));
  }
  return decodeForScan(Buffer.concat(chunks));
}

interface Input {
  readonly path: string;
  /** Reads and decodes the content, or says why not (too large, binary); throws CliError on an I/O error. */
  readonly load: (limit: SizeLimit) => Promise<DecodedText>;
}

function fileInput(t: FileTarget): Input {
  return {
    path: t.display,
    load: async (limit) => {
      try {
        if (limit.bytes > 0 && statSync(t.fsPath).size > limit.bytes) return tooLarge(limit);
        return decodeForScan(readFileSync(t.fsPath));
      } catch (e) {
        throw new InputError(t.display, reason(e));
      }
    },
  };
}

/** Shows "scanning 12/300 files" on a terminal's stderr once a scan has taken a while. */
class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
  ) {}
  update(done: number): void {
    if (!this.stream.isTTY || this.total < 2) return;
    const now = Date.now();
    if (now - this.started < PROGRESS_AFTER_MS || now - this.last < PROGRESS_EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\x1b[Kscanning ${done}/${this.total} files`);
  }
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}

async function runScan(cmd: ScanCommand, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const note = (line: string) => io.stderr.write(`note: ${printable(line)}\n`);
  const error = (line: string) => io.stderr.write(`error: ${printable(line)}\n`);
  const customRules = cmd.customRules !== undefined ? loadCustomRules(cmd.customRules, cwd) : [];
  const baseline = cmd.baseline !== undefined ? loadBaseline(cmd.baseline, cwd) : undefined;
  if (baseline?.legacy) {
    note(`baseline ${cmd.baseline} has version-1 fingerprints, which guessing can reverse for short values and personal data; rewrite it once with --baseline ${cmd.baseline} --write-baseline ${cmd.baseline} (what it accepts stays accepted)`);
  }
  // Fingerprints are keyed: by the baseline's key, or that of the baseline being rewritten, or a new one.
  const fingerprints = baselineFingerprinter(
    baseline?.key ?? (cmd.writeBaseline !== undefined ? keyOfExistingBaseline(cmd.writeBaseline, cwd) : undefined),
    baseline !== undefined || cmd.writeBaseline !== undefined,
  );

  const knownIds = new Set([...builtinRules, ...customRules].map((r) => r.id));
  for (const id of cmd.disabledRules) {
    if (!knownIds.has(id)) note(`--disable ${id}: no such rule (see 'ai-privacy-guard rules')`);
  }
  const options: ScanOptions = {
    categories: cmd.categories,
    disabledRules: cmd.disabledRules,
    customRules,
    minConfidence: cmd.minConfidence,
    minSeverity: cmd.minSeverity,
    fingerprinter: fingerprints.fingerprinter,
  };
  const enabled = (r: Rule) => cmd.categories.includes(r.category) && !cmd.disabledRules.includes(r.id);
  const rules = [...builtinRules, ...customRules].filter(enabled);

  const limit: SizeLimit = { bytes: Math.round(cmd.maxFileSizeMB * 1024 * 1024), megabytes: cmd.maxFileSizeMB };
  // Resolve every input before reading anything, so that a typo fails fast.
  const paths = cmd.inputs.filter((i) => i !== '-');
  const found = cmd.staged ? { files: [], notes: [], errors: [], skipped: [] } : discover(paths, cwd, cmd.excludes);
  if (found.errors.length > 0) throw new CliError(found.errors.join('\n'));
  for (const n of found.notes) note(n);
  const inputs: Input[] = [];
  const skipped: SkippedFile[] = [...found.skipped];
  const failed: FailedFile[] = [];
  if (cmd.inputs.includes('-')) inputs.push({ path: STDIN_PATH, load: (limit) => readStdin(io.stdin, limit) });
  if (cmd.staged) {
    const staged = readStaged(cwd, paths, cmd.excludes, limit.bytes);
    for (const s of staged.skipped) skipped.push(s);
    for (const f of staged.files) {
      inputs.push({
        path: f.path,
        load: async () => {
          const bytes = f.read(); // undefined: over the size limit, not read
          return bytes === undefined ? tooLarge(limit) : decodeForScan(bytes);
        },
      });
    }
  }
  for (const t of found.files) inputs.push(fileInput(t));

  if (cmd.redact) return redactOne(cmd, io, inputs, options, limit);

  const progress = new Progress(io.stderr, inputs.length);
  const files: FileFindings[] = [];
  /** Per file, the findings the baseline accepted: a rewritten baseline keeps them. */
  const accepted: FileFindings[] = [];
  let baselined = 0;
  for (const [i, input] of inputs.entries()) {
    progress.update(i);
    let decoded: DecodedText;
    try {
      decoded = await input.load(limit);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      error(e.message);
      failed.push({ path: input.path, error: e instanceof InputError ? `cannot read: ${e.why}` : e.message });
      continue;
    }
    if (decoded.skip) {
      skipped.push({ path: input.path, reason: decoded.skip });
      continue;
    }
    if (decoded.note) note(`${input.path}: ${decoded.note}`);
    let all: Finding[];
    try {
      all = (io.scan ?? scan)(decoded.text, options);
    } catch (e) {
      // One file's failure must not cost the others their report: name the file and the kind of error
      // (never its message, which might quote the text), and go on.
      error(`${input.path}: internal error (${errorKind(e)}); not scanned, the other files are reported`);
      failed.push({ path: input.path, error: `internal error (${errorKind(e)})` });
      continue;
    }
    const known = baseline ? all.filter((f) => baseline.accepts(f, decoded.text.slice(f.start, f.end))) : [];
    const reported = known.length > 0 ? all.filter((f) => !known.includes(f)) : all;
    baselined += known.length;
    files.push({ path: input.path, findings: reported });
    if (known.length > 0) accepted.push({ path: input.path, findings: known });
  }
  progress.done();
  for (const s of skipped) note(`skipped ${s.path}: ${s.reason}`);
  if (skipped.length > 0) {
    const advice = cmd.failOnSkip ? 'exit code 2 (--fail-on-skip)' : '--fail-on-skip makes this exit 2';
    note(`${skipped.length} skipped in all, not scanned; ${advice}`);
  }

  let report: ScanReport = { toolVersion: VERSION, cwd, files, skipped, failed, baselined, rules };
  if (cmd.writeBaseline !== undefined) {
    writeTextFile(cwd, cmd.writeBaseline, formatBaseline([...files, ...accepted], fingerprints.key), 'baseline');
    const count = files.reduce((n, f) => n + f.findings.length, 0);
    note(`wrote ${count + baselined} finding(s) to baseline ${cmd.writeBaseline}; they will not be reported with --baseline ${cmd.writeBaseline}`);
    // Everything found is now accepted: the report shows what is left, which is nothing.
    report = { ...report, files: files.map((f) => ({ path: f.path, findings: [] })), baselined: baselined + count };
  }
  emit(io, cmd.output, render(report, cmd.format, cmd.output === undefined && io.stdout.isTTY === true && !io.env?.NO_COLOR));
  if (failed.length > 0 || (cmd.failOnSkip && skipped.length > 0)) return EXIT_ERROR;
  return report.files.some((f) => f.findings.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}

function writeTextFile(cwd: string, path: string, text: string, what: string): void {
  try {
    writeFileSync(resolve(cwd, path), text);
  } catch (e) {
    throw new CliError(`cannot write ${what} ${path}: ${reason(e)}`);
  }
}

function render(report: ScanReport, format: Format, colour: boolean): string {
  if (format === 'json') return formatJson(report);
  if (format === 'sarif') return formatSarif(report);
  return formatText(report, colour);
}

async function redactOne(cmd: ScanCommand, io: CliIO, inputs: readonly Input[], options: ScanOptions, limit: SizeLimit): Promise<number> {
  if (inputs.length !== 1) throw new CliError('--redact works on one input: standard input (-) or one file (not a folder or glob)');
  const input = inputs[0];
  const decoded = await input.load(limit);
  if (decoded.skip) throw new CliError(`cannot redact ${input.path}: ${decoded.skip}`);
  if (decoded.note) io.stderr.write(`note: ${printable(`${input.path}: ${decoded.note}`)}\n`);
  // Redacting is sharing: everything plausible goes, whatever --min-confidence says (a wrong redaction
  // costs nothing, a missed key costs the key).
  const findings: Finding[] = scan(decoded.text, { ...options, minConfidence: 'low' });
  const result = redact(decoded.text, findings);
  emit(io, cmd.output, result.text);
  io.stderr.write(`note: redacted ${result.replaced} value(s) in ${printable(input.path)}\n`);
  return result.replaced > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

/**
 * Write errors of the real process's streams, which Node reports as 'error' events (unhandled, they end
 * the process with a stack trace and exit 1, the code for "findings"). A reader that stops early
 * (`| head -c1`) closes the pipe: EPIPE ends the output quietly. Any other write error (a full disk) is
 * said in one line and the exit code is 2. Returns whether a write has failed.
 */
export function guardOutput(streams: { stdout: NodeJS.EventEmitter; stderr: NodeJS.EventEmitter & { write(s: string): unknown } }): () => boolean {
  let failed = false;
  const onError = (name: string) => {
    let seen = false;
    return (e: NodeJS.ErrnoException) => {
      if (seen) return; // writes after the first failure fail too: one line is enough
      seen = true;
      if (e.code === 'EPIPE') return;
      failed = true;
      process.exitCode = EXIT_ERROR;
      if (name !== 'stderr') streams.stderr.write(`ai-privacy-guard: cannot write to ${name}: ${reason(e)}\n`);
    };
  };
  streams.stdout.on('error', onError('standard output'));
  streams.stderr.on('error', onError('stderr'));
  return () => failed;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  const writeFailed = guardOutput(process);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = writeFailed() ? EXIT_ERROR : code;
    },
    (e: unknown) => {
      // An unexpected failure: report its kind only, never a message that could echo scanned content.
      process.stderr.write(`ai-privacy-guard: internal error (${errorKind(e)})\n`);
      process.exitCode = EXIT_ERROR;
    },
  );
}
