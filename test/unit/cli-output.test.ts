/**
 * What the CLI writes, checked across the whole ng fixture set (which grows as rules are added):
 * SARIF valid against the official 2.1.0 schema with the metadata code-scanning tools use, and no raw
 * secret value in any output of any format (only the engine's masked previews).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { builtinRules, scan } from '../../src/catalogue';
import { SARIF_FINGERPRINT_KEY } from '../../src/cli/report';
import { makeTree, run } from '../fixtures/cli/harness';

const fixtures = join(__dirname, '..', 'fixtures');
const ngDir = join(fixtures, 'ng');
const ngFiles = readdirSync(ngDir).filter((f) => !f.endsWith('.expected.json')).sort();
/** Shorter values could coincide with innocent output (counts, years); no real secret is this short. */
const MIN_CHECKED_LENGTH = 8;

interface Leak {
  readonly file: string;
  readonly ruleId: string;
  readonly value: string;
}

/** Every raw value the engine finds in the ng fixtures, with where it came from. */
function rawValues(): Leak[] {
  const out: Leak[] = [];
  for (const file of ngFiles) {
    const text = new TextDecoder().decode(readFileSync(join(ngDir, file)));
    for (const f of scan(text)) {
      const value = text.slice(f.start, f.end);
      if (value.length >= MIN_CHECKED_LENGTH) out.push({ file, ruleId: f.ruleId, value });
    }
  }
  return out;
}

function assertNoRawValues(output: string, values: readonly Leak[], what: string): void {
  const leaked = values.filter((v) => output.includes(v.value));
  // Name the rule and file, never the value: test logs are output too.
  assert.deepEqual(
    leaked.map((v) => `${v.file} (${v.ruleId})`),
    [],
    `${what} contains raw values`,
  );
}

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')));
}

describe('cli output', () => {
  const values = rawValues();

  it('the ng fixtures hold raw values to look for', () => {
    assert.ok(ngFiles.length > 0);
    assert.ok(values.length > 0);
  });

  describe('no raw value in any output', () => {
    const scanArgs = ['scan', '.', '--exclude', '*.expected.json', '--max-file-size', '0'];
    for (const [label, extra, tty] of [
      ['text', ['--format', 'text'], false],
      ['text on a terminal (colours)', ['--format', 'text'], true],
      ['json', ['--format', 'json'], false],
      ['sarif', ['--format', 'sarif'], false],
    ] as const) {
      it(`${label} (stdout and stderr)`, async () => {
        const r = await run([...scanArgs, ...extra], { cwd: ngDir, tty });
        assert.equal(r.code, 1, r.stderr);
        assertNoRawValues(r.stdout + r.stderr, values, label);
      });
    }

    it('--write-baseline (the file, stdout and stderr)', async function () {
      // Every personal value goes through scrypt (a deliberately slow fingerprint): hundreds of them here.
      this.timeout(300_000);
      const t = makeTree({});
      try {
        const file = join(t.root, 'baseline.json');
        const r = await run([...scanArgs, '--write-baseline', file], { cwd: ngDir });
        assert.equal(r.code, 0, r.stderr);
        assertNoRawValues(readFileSync(file, 'utf8') + r.stdout + r.stderr, values, 'baseline');
      } finally {
        t.cleanup();
      }
    });

    it('--redact of each fixture (the values it found are gone)', async () => {
      for (const file of ngFiles) {
        const r = await run(['scan', file, '--redact', '--min-severity', 'low', '--max-file-size', '0'], { cwd: ngDir });
        assert.equal(r.code, 1, `${file}: ${r.stderr}`);
        assertNoRawValues(r.stdout + r.stderr, values.filter((v) => v.file === file), `redacted ${file}`);
      }
    });

    it('standard input in every format', async () => {
      const all = ngFiles.map((f) => readFileSync(join(ngDir, f), 'utf8')).join('\n');
      for (const format of ['text', 'json', 'sarif']) {
        const r = await run(['scan', '-', '--format', format], { stdin: all });
        assert.equal(r.code, 1);
        assertNoRawValues(r.stdout + r.stderr, values, `stdin as ${format}`);
      }
    });
  });

  describe('SARIF', () => {
    const validate = sarifValidator();

    it('is valid against the official SARIF 2.1.0 schema, over the whole ng fixture set', async () => {
      const r = await run(['scan', '.', '--format', 'sarif', '--exclude', '*.expected.json'], { cwd: ngDir });
      const log = JSON.parse(r.stdout) as { runs: { results: unknown[] }[] };
      const ok = validate(log);
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      assert.ok(log.runs[0].results.length > 0);
    });

    it('the schema check can fail (a broken log is rejected)', () => {
      const broken = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a', level: 'fatal', message: { text: 'm' } }] }] };
      assert.equal(validate(broken), false);
      assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] }] }] }), false);
    });

    it('is valid for a clean run, skipped files, standard input, custom rules and absolute paths', async () => {
      const t = makeTree({
        'bin.dat': Buffer.from([0, 1, 2]),
        'clean.txt': 'nothing\n',
        'dir with space/ü.env': 'x = ACME-123456\n',
        'rules.json': JSON.stringify([{ id: 'acme', pattern: 'ACME-[0-9]{6}' }]),
      });
      const elsewhere = makeTree({});
      try {
        const runs = [
          await run(['scan', '.', '--format', 'sarif', '--exclude', 'dir*'], { cwd: t.root }),
          await run(['scan', '-', '--format', 'sarif'], { stdin: 'AKIAZ3MHQ5TXKVR7WP4L\n' }),
          await run(['scan', t.root, '--format', 'sarif', '--custom-rules', join(t.root, 'rules.json')], { cwd: elsewhere.root }),
          await run(['scan', '.', '--format', 'sarif', '--custom-rules', 'rules.json'], { cwd: t.root }),
        ];
        for (const r of runs) assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 5)));
        const [clean, stdin, absolute, relative] = runs.map((r) => JSON.parse(r.stdout).runs[0]);
        assert.deepEqual(clean.results, []);
        assert.equal(clean.invocations[0].toolExecutionNotifications[0].message.text, 'skipped bin.dat: binary file (contains NUL bytes)');
        assert.equal(stdin.results[0].locations[0].physicalLocation.artifactLocation.uri, 'stdin');
        assert.match(absolute.results[0].locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\/.*dir%20with%20space\/%C3%BC\.env$/);
        assert.deepEqual(relative.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'dir%20with%20space/%C3%BC.env', uriBaseId: 'SRCROOT' });
        assert.equal(relative.results[0].ruleId, 'custom.acme');
        assert.equal(relative.tool.driver.rules[relative.results[0].ruleIndex].id, 'custom.acme');
      } finally {
        t.cleanup();
        elsewhere.cleanup();
      }
    });

    it('describes every rule that ran and links each result to its rule, level and fingerprint', async () => {
      const text = 'first line\n  key AKIAZ3MHQ5TXKVR7WP4L\n';
      const r = await run(['scan', '-', '--format', 'sarif'], { stdin: text });
      const sarif = JSON.parse(r.stdout);
      assert.equal(sarif.version, '2.1.0');
      const [runObj] = sarif.runs;
      assert.equal(runObj.columnKind, 'utf16CodeUnits');
      const driver = runObj.tool.driver;
      assert.equal(driver.name, 'ai-privacy-guard');
      assert.deepEqual(driver.rules.map((x: { id: string }) => x.id), builtinRules.map((x) => x.id));
      const rule = driver.rules.find((x: { id: string }) => x.id === 'aws-access-key-id');
      const source = builtinRules.find((x) => x.id === 'aws-access-key-id')!;
      assert.deepEqual(rule, {
        id: source.id,
        name: 'AwsAccessKeyId',
        shortDescription: { text: source.title },
        fullDescription: { text: source.description },
        help: { text: `${source.description} Learn more: ${source.helpUrl}` },
        helpUri: source.helpUrl,
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['secret'], 'security-severity': '8.0' },
      });
      const [result] = runObj.results;
      const finding = scan(text)[0];
      assert.equal(result.ruleId, 'aws-access-key-id');
      assert.equal(driver.rules[result.ruleIndex].id, 'aws-access-key-id');
      assert.equal(result.level, 'error');
      assert.equal(result.message.text, `${finding.title}: ${finding.masked}`);
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 2, startColumn: 7, endLine: 2, endColumn: 27 });
      assert.deepEqual(Object.keys(result.partialFingerprints), [SARIF_FINGERPRINT_KEY]);
      assert.match(result.partialFingerprints[SARIF_FINGERPRINT_KEY], /^[0-9a-f]{20}$/, 'keyed: never the unkeyed hash of the value');
    });

    it('lists only the rules enabled by --categories and --disable', async () => {
      const r = await run(['scan', '-', '--format', 'sarif', '--categories', 'secret', '--disable', 'aws-access-key-id'], { stdin: 'x' });
      const ids: string[] = JSON.parse(r.stdout).runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
      assert.ok(!ids.includes('aws-access-key-id'));
      assert.deepEqual(ids, builtinRules.filter((x) => x.category === 'secret' && x.id !== 'aws-access-key-id').map((x) => x.id));
    });
  });
});
