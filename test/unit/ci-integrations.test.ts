/**
 * Where users run the scanner: the pre-commit hook (.pre-commit-hooks.yaml), a plain git hook and a husky
 * hook (as README.md writes them), the GitHub Action (action.yml) and the GitLab CI job (README.md).
 * Everything runs offline against throw-away git repositories holding generated fake secrets: the hook
 * entries as pre-commit and git run them, and the action's `run:` steps as the runner runs them (inputs and
 * expressions evaluated by GitHub's own expression library, `npm` stubbed, the upload step's inputs checked).
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import packageJson from '../../package.json';
import { fakeAwsKeyId, installCliShim, isolatedGitEnv, makeRepo, pathWith, REPO_ROOT, sh, type TempRepo } from '../fixtures/cli/git';

const ACCEPTED_KEY = fakeAwsKeyId('ci-accepted');
const STAGED_KEY = fakeAwsKeyId('ci-staged');
const WORKTREE_KEY = fakeAwsKeyId('ci-worktree');
const COMMITTED_KEY = fakeAwsKeyId('ci-committed');
const ALL_KEYS = [ACCEPTED_KEY, STAGED_KEY, WORKTREE_KEY, COMMITTED_KEY];
const BASELINE = '.ai-privacy-guard-baseline.json';

/** The code blocks of README.md's "In pre-commit and CI" section, in order, with their language. */
function readmeBlocks(): { lang: string; text: string }[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## In pre-commit and CI\n');
  assert.ok(start >= 0, 'README.md has a section "In pre-commit and CI"');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] }));
}
const readmeBlock = (lang: string, marker: RegExp) => {
  const found = readmeBlocks().filter((b) => b.lang === lang && marker.test(b.text));
  assert.equal(found.length, 1, `README.md has one ${lang} block matching ${marker}`);
  return found[0].text;
};

const assertNoRawValue = (where: string, ...texts: string[]) => {
  for (const key of ALL_KEYS) for (const t of texts) assert.ok(!t.includes(key), `${where} shows a value whole`);
};

describe('pre-commit and CI integrations', function () {
  this.timeout(120_000);
  let shim: { bin: string; cleanup: () => void };
  let repos: TempRepo[] = [];
  let dirs: string[] = [];
  before(() => {
    shim = installCliShim();
  });
  after(() => shim.cleanup());
  afterEach(() => {
    repos.forEach((r) => r.cleanup());
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
    repos = [];
    dirs = [];
  });
  const tempDir = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  /** The environment of a hook or CI job: isolated git, and `ai-privacy-guard` on the PATH. */
  const hookEnv = (extra: Record<string, string> = {}) => {
    const env = isolatedGitEnv(extra);
    return { ...env, PATH: pathWith(shim.bin, env) };
  };

  /**
   * A repository whose commit holds one accepted value (in the baseline) and one that is not, with a value
   * staged in the index but edited away in the working tree, and a value only in the working tree.
   */
  function repoWithHistory(): TempRepo {
    const r = makeRepo();
    repos.push(r);
    r.write('accepted.env', `key=${ACCEPTED_KEY}\n`);
    r.write('app.txt', 'v1\n');
    r.git('add', '.');
    const written = sh(`ai-privacy-guard scan --staged . --write-baseline ${BASELINE}`, r.root, hookEnv());
    assert.equal(written.status, 0, written.stderr);
    r.git('add', BASELINE);
    r.git('commit', '-q', '-m', 'accepted values');
    r.write('staged.env', `# config\nkey=${STAGED_KEY}\n`);
    r.git('add', 'staged.env');
    r.write('staged.env', '# config\nkey=(from the vault)\n');
    r.write('app.txt', `v2\nkey=${WORKTREE_KEY}\n`);
    return r;
  }

  /** A CI checkout: the working tree is the last commit, whose staged.env holds STAGED_KEY. */
  function checkoutWithFindings(): TempRepo {
    const r = repoWithHistory();
    r.git('commit', '-q', '-m', 'staged too');
    r.git('reset', '-q', '--hard');
    return r;
  }

  describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
    const manifest = parseYaml(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const hook = manifest.find((h) => h.id === 'ai-privacy-guard') as Record<string, unknown>;

    it('is a list of hooks in the pre-commit manifest format, whose entry is the package bin', () => {
      assert.ok(Array.isArray(manifest) && hook, 'a list holding the hook ai-privacy-guard');
      const KNOWN = ['id', 'name', 'entry', 'language', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'always_run', 'fail_fast', 'verbose', 'pass_filenames', 'require_serial', 'description', 'language_version', 'minimum_pre_commit_version', 'args', 'stages'];
      for (const h of manifest) {
        for (const key of ['id', 'name', 'entry', 'language']) assert.equal(typeof h[key], 'string', `${String(h.id)}.${key}`);
        for (const key of Object.keys(h)) assert.ok(KNOWN.includes(key), `unknown manifest key ${key}`);
      }
      assert.equal(hook.language, 'node');
      assert.equal(hook.pass_filenames, true, 'pre-commit passes the files, so --all-files reaches every tracked file');
      const [command, ...args] = String(hook.entry).split(/\s+/);
      assert.ok(command in packageJson.bin, `${command} is a bin of package.json`);
      assert.deepEqual(args, ['scan', '--staged']);
    });

    /** Runs the hook's entry as pre-commit does: entry words, then the user's args, then the file names. */
    const runEntry = (r: TempRepo, files: string[], args: string[] = []): SpawnSyncReturns<string> => {
      const [command, ...entryArgs] = String(hook.entry).split(/\s+/);
      return spawnSync(command, [...entryArgs, ...args, ...files], { cwd: r.root, env: hookEnv(), encoding: 'utf8' });
    };
    // pre-commit's own selection of the files of a commit, and of `run --all-files`.
    const stagedFiles = (r: TempRepo) => r.git('diff', '--staged', '--name-only', '--no-ext-diff', '-z', '--diff-filter=ACMRTUXB').split('\0').filter(Boolean);
    const trackedFiles = (r: TempRepo) => r.git('ls-files', '-z').split('\0').filter(Boolean);

    it('on a commit: reports the staged value, not the one only in the working tree, nor the accepted one', () => {
      const r = repoWithHistory();
      const res = runEntry(r, stagedFiles(r), ['--baseline', BASELINE]);
      assert.equal(res.status, 1, res.stderr);
      assert.match(res.stdout, /^staged\.env:2:5 {2}high {4}AWS access key ID/m);
      assert.doesNotMatch(res.stdout, /app\.txt|accepted\.env/);
      assertNoRawValue('the hook', res.stdout, res.stderr);
    });

    it('with --all-files: reads the staged version of every tracked file', () => {
      const r = repoWithHistory();
      r.write('old.env', `key=${COMMITTED_KEY}\n`);
      r.git('add', 'old.env');
      r.git('commit', '-q', '-m', 'another');
      r.write('old.env', 'key=(removed, not staged)\n');
      const res = runEntry(r, trackedFiles(r), ['--baseline', BASELINE, '--format', 'json']);
      assert.equal(res.status, 1, res.stderr);
      const where = (JSON.parse(res.stdout).findings as { path: string; line: number }[]).map((f) => `${f.path}:${f.line}`).sort();
      assert.deepEqual(where, ['old.env:1', 'staged.env:2']);
    });

    it('passes a commit with nothing new staged', () => {
      const r = repoWithHistory();
      r.git('reset', '-q', 'staged.env');
      r.git('add', 'app.txt');
      r.write('app.txt', 'v3\n');
      // app.txt as staged still holds the working-tree value: stage a clean version instead.
      r.write('app.txt', 'v3\n');
      r.git('add', 'app.txt');
      const res = runEntry(r, stagedFiles(r), ['--baseline', BASELINE]);
      assert.equal(res.status, 0, res.stdout + res.stderr);
    });

    it('installs the way pre-commit does: npm pack prints only the tarball name and packs the built bin', function () {
      // pre-commit runs `npm install` (our postinstall builds dist/), then reads `npm pack`'s standard output
      // as the tarball's file name: a lifecycle script run by `npm pack` (prepare, prepack) would print there.
      const pack = spawnSync('npm', ['pack', '--dry-run', '--loglevel=error'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
      assert.equal(pack.status, 0, pack.stderr);
      assert.equal(pack.stdout.trim(), `${packageJson.name}-${packageJson.version}.tgz`);
      assert.ok(!('prepare' in packageJson.scripts) && !('prepack' in packageJson.scripts));

      // What the tarball holds, decided by .npmignore, checked on a stand-in tree (independent of a build).
      const tree = tempDir('apg-pack-');
      for (const f of ['package.json', '.npmignore', 'LICENSE', 'README.md']) copyFileSync(join(REPO_ROOT, f), join(tree, f));
      for (const f of ['dist/cli.js', 'dist/cli.js.map', 'dist/extension.js', 'src/cli/main.ts', 'scripts/build.mjs', 'scripts/postinstall.mjs', 'test/unit/x.test.ts', 'action.yml']) {
        mkdirSync(join(tree, f, '..'), { recursive: true });
        writeFileSync(join(tree, f), '//\n');
      }
      const listed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], { cwd: tree, encoding: 'utf8' });
      assert.equal(listed.status, 0, listed.stderr);
      const files = (JSON.parse(listed.stdout)[0].files as { path: string }[]).map((f) => f.path).sort();
      assert.deepEqual(files, ['LICENSE', 'README.md', 'dist/cli.js', 'package.json', 'scripts/postinstall.mjs']);
      assert.equal(packageJson.bin['ai-privacy-guard'], './dist/cli.js');
    });

    it('the postinstall script builds nothing in an installed package (no src/), where dist/cli.js is already packed', () => {
      const installed = tempDir('apg-installed-');
      mkdirSync(join(installed, 'scripts'));
      copyFileSync(join(REPO_ROOT, 'scripts', 'postinstall.mjs'), join(installed, 'scripts', 'postinstall.mjs'));
      const res = spawnSync(process.execPath, [join(installed, 'scripts', 'postinstall.mjs')], { cwd: installed, encoding: 'utf8' });
      assert.equal(res.status, 0, res.stderr);
      assert.equal(existsSync(join(installed, 'dist')), false);
      assert.equal(packageJson.scripts.postinstall, 'node scripts/postinstall.mjs');
    });
  });

  describe('git hooks as README.md writes them', () => {
    const gitHook = readmeBlock('sh', /^#!\/bin\/sh\n# \.git\/hooks\/pre-commit/);

    function installHook(r: TempRepo): void {
      const path = join(r.root, '.git', 'hooks', 'pre-commit');
      writeFileSync(path, gitHook);
      chmodSync(path, 0o755);
    }
    const commit = (r: TempRepo, ...args: string[]) => spawnSync('git', ['commit', '-q', ...args], { cwd: r.root, env: hookEnv(), encoding: 'utf8' });

    it('the plain git hook refuses a commit of a staged value and lets a clean one through', () => {
      const r = repoWithHistory();
      installHook(r);
      const refused = commit(r, '-m', 'with a secret');
      assert.notEqual(refused.status, 0);
      assert.match(refused.stdout + refused.stderr, /staged\.env:2:5 .*AWS access key ID/);
      assertNoRawValue('the git hook', refused.stdout, refused.stderr);
      r.git('reset', '-q', 'staged.env');
      r.write('notes.txt', 'nothing secret\n');
      r.git('add', 'notes.txt');
      const passed = commit(r, '-m', 'clean');
      assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    });

    it('checks what `git commit -a` commits, though it was never staged by hand (GIT_INDEX_FILE)', () => {
      const r = repoWithHistory();
      installHook(r);
      r.git('reset', '-q', 'staged.env');
      // app.txt is tracked and holds WORKTREE_KEY in the working tree only: `commit -a` stages it for the commit.
      const refused = commit(r, '-a', '-m', 'everything');
      assert.notEqual(refused.status, 0);
      assert.match(refused.stdout + refused.stderr, /app\.txt:2:5 .*AWS access key ID/);
    });

    it('the husky hook runs as husky runs it: sh -e, node_modules/.bin on the PATH', () => {
      const r = repoWithHistory();
      const bin = join(r.root, 'node_modules', '.bin');
      mkdirSync(bin, { recursive: true });
      copyFileSync(join(shim.bin, 'ai-privacy-guard'), join(bin, 'ai-privacy-guard'));
      chmodSync(join(bin, 'ai-privacy-guard'), 0o755);
      r.write('.husky/pre-commit', readmeBlock('sh', /^ai-privacy-guard scan --staged/));
      const env = isolatedGitEnv();
      const res = spawnSync('sh', ['-c', 'export PATH="node_modules/.bin:$PATH"; sh -e .husky/pre-commit'], { cwd: r.root, env, encoding: 'utf8' });
      assert.equal(res.status, 1, res.stderr);
      assert.match(res.stdout, /^staged\.env:2:5 /m);
    });
  });

  describe('GitHub Action (action.yml)', () => {
    interface Step {
      name?: string;
      id?: string;
      if?: string;
      shell?: string;
      run?: string;
      uses?: string;
      env?: Record<string, string>;
      with?: Record<string, string>;
    }
    interface Action {
      runs: { using: string; steps: Step[] };
      inputs: Record<string, { default?: string; required?: boolean; description: string }>;
      outputs: Record<string, { value: string }>;
    }
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;

    it('is a composite action with the inputs users expect, and inputs never pasted into a script', () => {
      assert.equal(action.runs.using, 'composite');
      for (const input of ['paths', 'baseline', 'min-severity', 'fail-on', 'sarif-file', 'upload', 'category', 'args']) {
        assert.ok(input in action.inputs, `input ${input}`);
        assert.equal(typeof action.inputs[input].description, 'string');
      }
      assert.deepEqual(Object.keys(action.outputs).sort(), ['failing', 'findings', 'sarif-file']);
      for (const step of action.runs.steps) {
        if (step.run === undefined) continue;
        assert.equal(step.shell, 'bash', `${step.name}: a composite run step names its shell`);
        // Expressions in a script are a script-injection hole: inputs reach scripts through env.
        assert.doesNotMatch(step.run, /\$\{\{/, `${step.name} has an expression inside its script`);
      }
      assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
    });

    interface JobResult {
      ok: boolean;
      log: string;
      outputs: Record<string, Record<string, string>>;
      ran: string[];
      uploads: Record<string, string>[];
      npmCalls: string[];
      summary: string;
    }

    /**
     * Runs the action's steps the way the runner runs a composite action: `${{ }}` expressions evaluated with
     * @actions/expressions over inputs and earlier steps' outputs, `run:` scripts through
     * `bash --noprofile --norc -eo pipefail`, outputs read from $GITHUB_OUTPUT, $GITHUB_PATH honoured, a step's
     * failure skipping the steps after it. `npm` is a stub that records its arguments; `uses:` steps are
     * recorded with their inputs, not run. The action folder is a stand-in whose dist/cli.js runs the source.
     */
    async function runAction(workspace: string, withInputs: Record<string, string>): Promise<JobResult> {
      const { Evaluator, Lexer, Parser, data } = await import('@actions/expressions');
      const actionPath = tempDir('apg-action-');
      mkdirSync(join(actionPath, 'dist'));
      copyFileSync(join(shim.bin, 'ai-privacy-guard'), join(actionPath, 'dist', 'cli.js'));
      chmodSync(join(actionPath, 'dist', 'cli.js'), 0o755);
      symlinkSync(join(REPO_ROOT, 'scripts'), join(actionPath, 'scripts'));
      const runnerTemp = tempDir('apg-runner-');
      const stubs = join(runnerTemp, 'stubs');
      mkdirSync(stubs);
      const npmLog = join(runnerTemp, 'npm-calls');
      writeFileSync(join(stubs, 'npm'), `#!/bin/sh\necho "$(pwd) $*" >> "${npmLog}"\n`);
      chmodSync(join(stubs, 'npm'), 0o755);
      const githubPath = join(runnerTemp, 'github-path');
      const summaryFile = join(runnerTemp, 'summary.md');
      writeFileSync(githubPath, '');
      writeFileSync(summaryFile, '');

      const inputs: Record<string, string> = {};
      for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = withInputs[name] ?? spec.default ?? '';
      const outputs: Record<string, Record<string, string>> = {};
      const evaluate = (expression: string): string => {
        const context = JSON.parse(JSON.stringify({ inputs, steps: Object.fromEntries(Object.entries(outputs).map(([id, o]) => [id, { outputs: o }])) }), data.reviver);
        const lexed = new Lexer(expression).lex();
        return new Evaluator(new Parser(lexed.tokens, ['inputs', 'steps'], []).parse(), context).evaluate().coerceString();
      };
      const expand = (value: string) => String(value).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => evaluate(e));

      const result: JobResult = { ok: true, log: '', outputs, ran: [], uploads: [], npmCalls: [], summary: '' };
      for (const [index, step] of action.runs.steps.entries()) {
        if (!result.ok) break; // every step runs only on success (none asks for always() or failure())
        if (step.if !== undefined && expand(step.if.includes('${{') ? step.if : `\${{ ${step.if} }}`) !== 'true') continue;
        result.ran.push(step.name ?? `step ${index}`);
        if (step.uses) {
          result.uploads.push(Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v)])));
          continue;
        }
        const outputFile = join(runnerTemp, `output-${index}`);
        writeFileSync(outputFile, '');
        const script = join(runnerTemp, `step-${index}.sh`);
        writeFileSync(script, step.run ?? '');
        const extraPath = readFileSync(githubPath, 'utf8').split('\n').filter(Boolean).reverse();
        const base = isolatedGitEnv();
        const env = {
          ...base,
          ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)])),
          PATH: [...extraPath, stubs, base.PATH].join(':'),
          GITHUB_ACTION_PATH: actionPath,
          GITHUB_WORKSPACE: workspace,
          RUNNER_TEMP: runnerTemp,
          GITHUB_PATH: githubPath,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
        };
        const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
        result.log += run.stdout + run.stderr;
        if (step.id) outputs[step.id] = parseOutputs(readFileSync(outputFile, 'utf8'));
        if (run.status !== 0) result.ok = false;
      }
      result.npmCalls = existsSync(npmLog) ? readFileSync(npmLog, 'utf8').trim().split('\n') : [];
      result.summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
      return result;
    }

    /** $GITHUB_OUTPUT lines: name=value, or name<<DELIMITER ... DELIMITER (as @actions/core writes them). */
    function parseOutputs(text: string): Record<string, string> {
      const out: Record<string, string> = {};
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
          const end = lines.indexOf(heredoc[2], i + 1);
          out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
          i = end;
        } else if (lines[i].includes('=')) {
          out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
        }
      }
      return out;
    }


    it('installs the CLI, scans, writes and uploads SARIF, annotates, then fails on findings', async () => {
      const r = checkoutWithFindings();
      const job = await runAction(r.root, { baseline: BASELINE });
      assert.equal(job.ok, false, 'the job fails: findings at or above fail-on (low)');
      assert.deepEqual(job.ran, ['Install the ai-privacy-guard CLI', 'Scan', 'Upload the SARIF report to code scanning', 'Fail on findings']);
      assert.equal(job.npmCalls.length, 1);
      assert.match(job.npmCalls[0], /^\S*apg-action-\S* ci --include=dev /, 'npm ci in the action folder');

      const sarifPath = join(r.root, 'ai-privacy-guard.sarif');
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      const where = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => `${x.locations[0].physicalLocation.artifactLocation.uri}:${x.locations[0].physicalLocation.region.startLine}`);
      assert.deepEqual(where, ['staged.env:2'], 'the checkout, minus the baseline');
      assert.deepEqual(job.uploads, [{ sarif_file: 'ai-privacy-guard.sarif', category: 'ai-privacy-guard' }]);
      assert.deepEqual(job.outputs.scan, { 'sarif-file': 'ai-privacy-guard.sarif', findings: '1', failing: '1' });

      assert.match(job.log, /^::error title=AI Privacy Guard%3A aws-access-key-id,file=staged\.env,line=2,endLine=2,col=5,endColumn=25::AWS access key ID: AK…/m);
      assert.match(job.log, /::error title=AI Privacy Guard::1 finding\(s\) at or above severity low/);
      assert.match(job.summary, /<h3>AI Privacy Guard<\/h3>[\s\S]*<td>staged\.env:2<\/td><td>high<\/td>/);
      assertNoRawValue('the action', job.log, job.summary, readFileSync(sarifPath, 'utf8'));
    });

    it('reports without failing with fail-on: never, and skips the upload with upload: false', async () => {
      const r = checkoutWithFindings();
      const job = await runAction(r.root, { baseline: BASELINE, 'fail-on': 'never', upload: 'false', 'sarif-file': 'out/report.sarif', paths: 'staged.env\naccepted.env' });
      assert.equal(job.ok, true, job.log);
      assert.deepEqual(job.ran, ['Install the ai-privacy-guard CLI', 'Scan']);
      assert.deepEqual(job.outputs.scan, { 'sarif-file': 'out/report.sarif', findings: '1', failing: '0' });
      assert.match(job.log, /^::error .*file=staged\.env/m, 'still annotated');
    });

    it('fails on an error of the scan itself (exit 2) before uploading anything', async () => {
      const r = checkoutWithFindings();
      const job = await runAction(r.root, { 'min-severity': 'severe' });
      assert.equal(job.ok, false);
      assert.deepEqual(job.ran, ['Install the ai-privacy-guard CLI', 'Scan']);
      assert.match(job.log, /--min-severity must be one of low, medium, high/);
      assert.match(job.log, /::error title=AI Privacy Guard::the scan failed \(exit code 2\)/);
    });

    it('passes a clean workspace', async () => {
      const r = makeRepo();
      repos.push(r);
      r.write('README.md', 'nothing to see\n');
      const job = await runAction(r.root, {});
      assert.equal(job.ok, true, job.log);
      assert.deepEqual(job.outputs.scan, { 'sarif-file': 'ai-privacy-guard.sarif', findings: '0', failing: '0' });
      assert.equal(job.uploads.length, 1, 'an empty SARIF is uploaded too, which closes fixed alerts');
      // The report is never scanned itself, even when a file of that name is already there (an earlier run's).
      r.write('ai-privacy-guard.sarif', `{ "note": "left over", "key": "${STAGED_KEY}" }\n`);
      const again = await runAction(r.root, {});
      assert.equal(again.ok, true, again.log);
      assert.equal(again.outputs.scan.findings, '0');
    });
  });

  describe('GitLab CI job (README.md)', () => {
    const job = (parseYaml(readmeBlock('yaml', /^ai-privacy-guard:\n {2}image:/)) as Record<string, { variables: Record<string, string>; script: string[]; artifacts: { paths: string[] } }>)['ai-privacy-guard'];

    /** Runs the job's script lines in one shell, as the runner does; `git clone` and `npm` are stubs. */
    function runJob(workspace: string): SpawnSyncReturns<string> {
      const buildsDir = tempDir('apg-builds-');
      const stubs = join(buildsDir, '.stubs');
      mkdirSync(stubs);
      // The clone of this repository: a folder whose dist/cli.js runs the source.
      writeFileSync(join(stubs, 'git'), `#!/bin/sh\nfor last; do :; done\nmkdir -p "$last/dist" && cp "${join(shim.bin, 'ai-privacy-guard')}" "$last/dist/cli.js"\n`);
      writeFileSync(join(stubs, 'npm'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(stubs, 'git'), 0o755);
      chmodSync(join(stubs, 'npm'), 0o755);
      const env: NodeJS.ProcessEnv = { ...isolatedGitEnv(), CI_BUILDS_DIR: buildsDir };
      for (const [name, value] of Object.entries(job.variables)) env[name] = value.replace(/\$\{?(\w+)\}?/g, (_, v: string) => env[v] ?? '');
      env.PATH = `${stubs}:${env.PATH}`;
      const script = ['set -eo pipefail', ...job.script].join('\n');
      return spawnSync('bash', ['-c', script], { cwd: workspace, env, encoding: 'utf8' });
    }

    it('fails the pipeline on findings, prints them masked, and leaves the SARIF artifact', () => {
      const r = checkoutWithFindings();
      const res = runJob(r.root);
      assert.equal(res.status, 1, res.stderr);
      assert.match(res.stdout, /^staged\.env:2:5 /m);
      for (const artifact of job.artifacts.paths) assert.ok(existsSync(join(r.root, artifact)), `artifact ${artifact}`);
      assertNoRawValue('the GitLab job', res.stdout, res.stderr, readFileSync(join(r.root, job.artifacts.paths[0]), 'utf8'));
    });

    it('passes a clean repository', () => {
      const r = makeRepo();
      repos.push(r);
      r.write('README.md', 'nothing to see\n');
      writeFileSync(join(r.root, BASELINE), JSON.stringify({ version: 1, tool: 'ai-privacy-guard', findings: [] }));
      const res = runJob(r.root);
      assert.equal(res.status, 0, res.stdout + res.stderr);
    });
  });
});
