import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate, closeAllEditors, diagnosticAt, FAKE, findingDiagnostics, openFile, resetSettings, ruleIdOf, SECTION, waitFor,
  workspaceRoot,
} from './helpers';

/**
 * vscode.executeCodeActionProvider; a request the workbench cancels (it does while the TypeScript
 * server starts on the first .ts file) counts as "nothing yet", so that waitFor asks again.
 */
async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  try {
    return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  } catch (error) {
    if (error instanceof Error && error.name === 'Canceled') return [];
    throw error;
  }
}

/** The quick fixes VS Code offers on the range of the diagnostic of `value`, with that diagnostic. */
async function quickFixesFor(editor: vscode.TextEditor, value: string) {
  const guard = await activate();
  const diagnostic = await diagnosticAt(guard, editor.document, value);
  // The workbench learns of new diagnostics asynchronously: ask until the fixes for ours are offered.
  const actions = await waitFor(`quick fixes for ${ruleIdOf(diagnostic)}`, async () => {
    const offered = await codeActions(editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    // (The API command does not carry CodeAction.diagnostics back; the range holds only our finding.)
    return offered.length > 0 ? offered : undefined;
  });
  return { guard, diagnostic, actions };
}

function byTitle(actions: readonly vscode.CodeAction[], pattern: RegExp): vscode.CodeAction {
  const found = actions.find((a) => pattern.test(a.title));
  assert.ok(found, `no quick fix matching ${pattern} among: ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.equal(await vscode.workspace.applyEdit(action.edit), true, `edit of "${action.title}" failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const ENV_FILE = `const region = "eu-west-1";\nconst key = "${FAKE.awsKeyId}";\n`;

describe('quick fixes', () => {
  afterEach(async () => {
    await resetSettings();
    await vscode.workspace.getConfiguration(SECTION).update('allowlist', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('offers the promised fixes on a finding', async () => {
    const editor = await openFile('fixes/offer.ts', ENV_FILE);
    const { actions } = await quickFixesFor(editor, FAKE.awsKeyId);
    const titles = actions.map((a) => a.title).join(' | ');
    for (const pattern of [/environment|process\.env|Replace with process/i, /placeholder/i, /Ignore on this line/, /Allow this value/]) {
      assert.ok(actions.some((a) => pattern.test(a.title)), `missing ${pattern} among: ${titles}`);
    }
  });

  it('"Replace with process.env..." replaces the literal with an environment variable reference', async () => {
    const editor = await openFile('fixes/env.ts', ENV_FILE);
    const { guard, actions } = await quickFixesFor(editor, FAKE.awsKeyId);
    await apply(byTitle(actions, /^Replace with process\.env/));
    const line = editor.document.lineAt(1).text;
    assert.match(line, /^const key = process\.env\.[A-Z_]+;$/);
    assert.equal(editor.document.lineAt(0).text, 'const region = "eu-west-1";', 'other lines untouched');
    await waitFor('the finding to go', () => findingDiagnostics(guard, editor.document.uri).length === 0);
  });

  it('"Replace with placeholder" puts the typed placeholder in place of the value', async () => {
    const editor = await openFile('fixes/placeholder.txt', `aws_access_key_id = ${FAKE.awsKeyId}\n`);
    const { guard, actions } = await quickFixesFor(editor, FAKE.awsKeyId);
    await apply(byTitle(actions, /placeholder/i));
    const line = editor.document.lineAt(0).text;
    assert.ok(!line.includes(FAKE.awsKeyId));
    assert.match(line, /^aws_access_key_id = \S+$/);
    await waitFor('the finding to go', () => findingDiagnostics(guard, editor.document.uri).length === 0);
  });

  it('"Ignore on this line" inserts the suppression comment and the finding goes', async () => {
    const editor = await openFile('fixes/ignore.py', `# settings\nAWS_KEY = "${FAKE.awsKeyId}"\n`);
    const { guard, actions } = await quickFixesFor(editor, FAKE.awsKeyId);
    await apply(byTitle(actions, /Ignore on this line/));
    assert.match(editor.document.getText(), /#.*privacy-guard-ignore/);
    assert.ok(editor.document.getText().includes(`AWS_KEY = "${FAKE.awsKeyId}"`), 'the value itself is untouched');
    await waitFor('the finding to go', () => findingDiagnostics(guard, editor.document.uri).length === 0);
  });

  it('"Allow this value in this workspace" stores a fingerprint, never the value', async () => {
    const editor = await openFile('fixes/allow.txt', `aws_access_key_id = ${FAKE.awsKeyId}\nContact: ${FAKE.email}\n`);
    const { guard, actions } = await quickFixesFor(editor, FAKE.awsKeyId);
    await apply(byTitle(actions, /Allow this value/));
    const allowlist = vscode.workspace.getConfiguration(SECTION).inspect<string[]>('allowlist')?.workspaceValue ?? [];
    assert.equal(allowlist.length, 1);
    assert.match(allowlist[0], /^[0-9a-f]{16,64}$/);
    assert.ok(!JSON.stringify(allowlist).includes(FAKE.awsKeyId));
    await waitFor('the allowed finding to go', () =>
      findingDiagnostics(guard, editor.document.uri).every((d) => ruleIdOf(d) !== 'aws-access-key-id'),
    );
    assert.ok(findingDiagnostics(guard, editor.document.uri).some((d) => ruleIdOf(d) === 'email-address'), 'other findings stay');
  });

  it('Ignore This Finding (command) inserts the comment for a given range', async () => {
    const editor = await openFile('fixes/command.sh', `export AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}\n`);
    const { guard, diagnostic } = await quickFixesFor(editor, FAKE.awsKeyId);
    const result = await vscode.commands.executeCommand<{ inserted: boolean }>(
      'aiPrivacyGuard.ignoreFinding', { uri: editor.document.uri, range: diagnostic.range },
    );
    assert.deepEqual(result, { inserted: true });
    assert.match(editor.document.getText(), /privacy-guard-ignore/);
    await waitFor('the finding to go', () => findingDiagnostics(guard, editor.document.uri).length === 0);
  });

  it('"Add to .cursorignore" writes the file into the AI exclusion file and the note goes', async () => {
    const guard = await activate();
    const editor = await openFile('fixes/exclude-me.txt', `aws_access_key_id = ${FAKE.awsKeyId}\n`);
    const uri = editor.document.uri;
    const note = await waitFor('the note that AI assistants may read the file', () =>
      guard.diagnostics.get(uri)?.find((d) => ruleIdOf(d) === 'ai-exclusion'),
    );
    const actions = await waitFor('the exclusion quick fix', async () => {
      const offered = await codeActions(uri, note.range);
      return offered.some((a) => /^Add to \./.test(a.title)) ? offered : undefined;
    });
    const ignoreFile = vscode.Uri.joinPath(workspaceRoot(), '.cursorignore');
    try {
      await apply(byTitle(actions, /^Add to \.cursorignore$/));
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(ignoreFile));
      assert.match(content, /^\/?fixes\/exclude-me\.txt$/m);
      await waitFor('the note to go', () => !guard.diagnostics.get(uri)?.some((d) => ruleIdOf(d) === 'ai-exclusion'));
      assert.ok(findingDiagnostics(guard, uri).length > 0, 'the finding itself stays');
    } finally {
      await vscode.workspace.fs.delete(ignoreFile).then(undefined, () => undefined);
    }
  });

  it('"Learn more" opens documentation over https', async () => {
    const editor = await openFile('fixes/learn.txt', `aws_access_key_id = ${FAKE.awsKeyId}\n`);
    const { actions } = await quickFixesFor(editor, FAKE.awsKeyId);
    const learn = byTitle(actions, /^Learn more about AWS access key ID$/);
    // (The API command hands back the workbench's internal id for vscode.open.)
    assert.match(learn.command?.command ?? '', /^_?(vscode|workbench)\.open$/);
    assert.match(String(learn.command?.arguments?.[0]), /^https:\/\//);
  });
});
