/**
 * The extension manifest (package.json), its strings (package.nls.json, l10n/bundle.l10n.json) and
 * the rules the extension sources must follow to run in a web worker.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain .mjs build script without type declarations
import { collectL10nBundle, L10N_BUNDLE } from '../../scripts/build.mjs';
import { builtinRules } from '../../src/rules';
import { DEFAULT_SETTINGS, RESTRICTED_SETTINGS, SETTING_KEYS, SETTINGS_SECTION } from '../../src/extension/pure/settings';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const contributes = pkg.contributes;

/** Commands every part of the extension relies on (the shared contract). */
const CONTRACT_COMMANDS = [
  'checkBeforeSharing', 'copyRedacted', 'checkClipboard', 'pasteRestoringRedactions', 'forgetRedactions', 'scanWorkspace',
  'showProviderRetention', 'openRetentionSources', 'openExternalLink', 'ignoreFinding', 'allowFinding',
  'toggleInlineWarnings', 'revealFinding',
].map((c) => `aiPrivacyGuard.${c}`);
const INTERNAL_COMMANDS = ['openExternalLink', 'allowFinding', 'revealFinding', 'addToAiExclusion'].map((c) => `aiPrivacyGuard.${c}`);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('extension manifest', () => {
  it('contributes every contract command with a category and a localized title', () => {
    const ids = contributes.commands.map((c: { command: string }) => c.command);
    for (const id of CONTRACT_COMMANDS) assert.ok(ids.includes(id), `${id} missing`);
    for (const c of contributes.commands) {
      assert.equal(c.category, '%category%', c.command);
      assert.match(c.title, /^%.+%$/, c.command);
    }
  });

  it('hides internal commands from the command palette', () => {
    const palette = contributes.menus.commandPalette as { command: string; when: string }[];
    for (const id of INTERNAL_COMMANDS) {
      assert.equal(palette.find((m) => m.command === id)?.when, 'false', id);
    }
  });

  it('resolves every %key% of package.json in package.nls.json, and has no unused keys', () => {
    const text = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const used = new Set([...text.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));
    for (const key of used) assert.ok(key in nls, `${key} missing from package.nls.json`);
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `${key} unused`);
  });

  it('declares each setting with a markdownDescription and the defaults the code falls back to', () => {
    const props = contributes.configuration.properties as Record<string, { default: unknown; markdownDescription?: string }>;
    const declared = Object.keys(props).sort();
    const expected = Object.values(SETTING_KEYS).map((k) => `${SETTINGS_SECTION}.${k}`).sort();
    assert.deepEqual(declared, expected);
    for (const [field, key] of Object.entries(SETTING_KEYS)) {
      const p = props[`${SETTINGS_SECTION}.${key}`];
      assert.match(p.markdownDescription ?? '', /^%config\./, key);
      assert.deepEqual(p.default, DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS], key);
    }
  });

  it('restricts exactly the settings the code ignores in untrusted workspaces', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(
      [...pkg.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
      RESTRICTED_SETTINGS.map((f) => `${SETTINGS_SECTION}.${SETTING_KEYS[f]}`).sort(),
    );
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
  });

  it('has the agreed views, a walkthrough whose media exist, and a 128x128 PNG icon', () => {
    assert.equal(contributes.viewsContainers.activitybar[0].id, 'aiPrivacy');
    assert.deepEqual(contributes.views.aiPrivacy.map((v: { id: string }) => v.id), ['aiPrivacyGuard.providers', 'aiPrivacyGuard.findings']);
    for (const view of ['aiPrivacyGuard.providers', 'aiPrivacyGuard.findings']) {
      assert.ok(contributes.viewsWelcome.some((w: { view: string }) => w.view === view), `${view} has no welcome content`);
    }
    const steps = contributes.walkthroughs[0].steps as { media: { markdown: string }; completionEvents: string[] }[];
    assert.ok(steps.length >= 3 && steps.length <= 4);
    for (const s of steps) {
      assert.ok(fs.existsSync(path.join(ROOT, s.media.markdown)), s.media.markdown);
      assert.ok(s.completionEvents.length > 0);
    }
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(fs.existsSync(path.join(ROOT, contributes.viewsContainers.activitybar[0].icon)));
  });

  it('binds Check Before Sharing to a key and offers it on selected text', () => {
    assert.ok(contributes.keybindings.some((k: { command: string }) => k.command === 'aiPrivacyGuard.checkBeforeSharing'));
    const context = contributes.menus['editor/context'] as { command: string; when: string }[];
    assert.equal(context.find((m) => m.command === 'aiPrivacyGuard.checkBeforeSharing')?.when, 'editorHasSelection');
  });
});

describe('extension sources', () => {
  const files = sources(path.join(ROOT, 'src/extension'));

  /** Modules without 'vscode', unit-testable in plain Node: the pure helpers and the scan worker's side. */
  const plain = (p: string) => p.includes(`${path.sep}pure${path.sep}`) || p.includes(`${path.sep}worker${path.sep}`);

  it('import no Node built-ins (the browser entry runs in a web worker), except the Node entry', () => {
    for (const f of files.filter((p) => path.basename(p) !== 'main.node.ts')) {
      const text = fs.readFileSync(f, 'utf8');
      const builtins = [...text.matchAll(/from\s+'(node:[^']+|fs|path|os|crypto|child_process|util|url)'/g)].map((m) => m[1]);
      assert.deepEqual(builtins, [], path.relative(ROOT, f));
    }
  });

  it("keep 'vscode' out of src/extension/pure and src/extension/worker (unit-testable in plain Node, and the worker has no 'vscode')", () => {
    for (const f of files.filter(plain)) {
      assert.doesNotMatch(fs.readFileSync(f, 'utf8'), /from\s+'vscode'/, path.relative(ROOT, f));
    }
  });

  it('ship an l10n bundle with every message they show (run `npm run build` to refresh it)', () => {
    const bundle = JSON.parse(fs.readFileSync(L10N_BUNDLE, 'utf8'));
    assert.deepEqual(bundle, collectL10nBundle());
  });

  it('translate every built-in rule title and description they show, and show none untranslated', () => {
    const bundle = JSON.parse(fs.readFileSync(L10N_BUNDLE, 'utf8'));
    for (const r of builtinRules) {
      assert.ok(r.title in bundle && r.description in bundle, `${r.id}: title or description missing from the bundle`);
    }
    // Wherever a finding's title or description is read, it goes through vscode.l10n.t on the same line
    // (findingTitle/findingDescription do); pure helpers hand it to a caller's formatter that does.
    for (const f of files.filter((p) => !plain(p))) {
      fs.readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\b(?:f|finding)\.(?:title|description)\b/.test(line)) assert.match(line, /l10n\.t\(/, `${path.relative(ROOT, f)}:${i + 1}`);
        });
    }
  });
});
