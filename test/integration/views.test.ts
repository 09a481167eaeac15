import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate, assertNoRawValue, CLEAN_TEXT, closeAllEditors, diagnosticAt, FAKE, findingDiagnostics, labelOf, openFile,
  resetSettings, SECRETS_TEXT, setSetting, treeItems, waitFor, writeFile,
} from './helpers';


describe('status bar', () => {
  afterEach(async () => {
    await resetSettings();
    await closeAllEditors();
  });

  it('shows Clean for a clean editor and counts for a dirty one, masked, with the OpenAI reminder', async () => {
    const guard = await activate();
    await openFile('status/clean.txt', CLEAN_TEXT);
    const clean = await waitFor('the clean status', () => {
      const s = guard.statusBar();
      return s.visible && /Clean/.test(s.text) ? s : undefined;
    });
    assert.equal(clean.backgroundColor, undefined);

    const dirty = await openFile('status/dirty.txt', SECRETS_TEXT);
    await diagnosticAt(guard, dirty.document, FAKE.email);
    const state = await waitFor('the dirty status', () => {
      const s = guard.statusBar();
      return /secret/.test(s.text) ? s : undefined;
    });
    assert.match(state.text, /2 secrets/);
    assert.match(state.text, /1 PII/);
    assert.equal(state.backgroundColor, 'statusBarItem.warningBackground');
    assert.match(state.tooltip, /AWS/);
    assert.match(state.tooltip, /ChatGPT|OpenAI/);
    assertNoRawValue(state.tooltip, 'the status bar tooltip');
  });

  it('uses the error background for a file meant for AI assistants', async () => {
    const guard = await activate();
    const editor = await openFile('.github/copilot-instructions.md', SECRETS_TEXT);
    await diagnosticAt(guard, editor.document, FAKE.awsKeyId);
    await waitFor('the AI-bound status', () => guard.statusBar().backgroundColor === 'statusBarItem.errorBackground');
  });

  it('hides when aiPrivacyGuard.statusBar.enabled is false', async () => {
    const guard = await activate();
    await openFile('status/hidden.txt', CLEAN_TEXT);
    await waitFor('the item to show', () => guard.statusBar().visible);
    await setSetting('statusBar.enabled', false);
    await waitFor('the item to hide', () => !guard.statusBar().visible);
  });
});

describe('Toggle Inline Warnings', () => {
  afterEach(async () => {
    await resetSettings();
    await closeAllEditors();
  });

  it('flips the setting and the diagnostics go and come back', async () => {
    const guard = await activate();
    await setSetting('inlineWarnings', true);
    const editor = await openFile('toggle/notes.txt', SECRETS_TEXT);
    await diagnosticAt(guard, editor.document, FAKE.awsKeyId);
    await vscode.commands.executeCommand('aiPrivacyGuard.toggleInlineWarnings');
    assert.equal(vscode.workspace.getConfiguration('aiPrivacyGuard').get('inlineWarnings'), false);
    await waitFor('diagnostics to go', () => findingDiagnostics(guard, editor.document.uri).length === 0);
    await vscode.commands.executeCommand('aiPrivacyGuard.toggleInlineWarnings');
    assert.equal(vscode.workspace.getConfiguration('aiPrivacyGuard').get('inlineWarnings'), true);
    await diagnosticAt(guard, editor.document, FAKE.awsKeyId);
  });
});

describe('What AI Providers Keep view', () => {
  it('lists OpenAI first with what it keeps and how to opt out, each item linking to an official page', async () => {
    const guard = await activate();
    const all = await treeItems(guard.providersTree);
    const roots = all.filter(({ item }) => item.contextValue === 'provider');
    assert.ok(roots.length >= 3, `only ${roots.length} providers`);
    assert.match(labelOf(roots[0].item), /OpenAI/);
    assert.equal(roots[0].item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);

    // Walk OpenAI's subtree: every leaf (a fact or an opt-out step) opens its https source through
    // the extension's link command; the opt-out steps open OpenAI's own pages.
    const leaves: { item: vscode.TreeItem; under: string }[] = [];
    const walk = async (parent: unknown, under: string) => {
      for (const { node, item } of await treeItems(guard.providersTree, parent)) {
        if (item.collapsibleState === vscode.TreeItemCollapsibleState.None) leaves.push({ item, under });
        else await walk(node, labelOf(item));
      }
    };
    await walk(roots[0].node, labelOf(roots[0].item));
    assert.ok(leaves.length >= 3, `OpenAI has only ${leaves.length} facts and steps`);
    for (const { item } of leaves) {
      assert.equal(item.command?.command, 'aiPrivacyGuard.openExternalLink', `${labelOf(item)} opens nothing`);
      assert.match(String(item.command.arguments?.[0]), /^https:\/\//, `${labelOf(item)} links to no https page`);
    }
    const steps = leaves.filter(({ under }) => /opt out/i.test(under));
    assert.ok(steps.length >= 1, 'OpenAI has no opt-out steps');
    for (const { item } of steps) {
      const url = String(item.command!.arguments?.[0]);
      assert.match(url, /^https:\/\/([a-z0-9-]+\.)*(openai\.com|chatgpt\.com)\//, `${labelOf(item)} links to ${url}`);
    }
  });

  it('shows when the facts were last reviewed, the legal hold once above the providers, and the corrected facts', async () => {
    const guard = await activate();
    const roots = await treeItems(guard.providersTree);
    assert.match(labelOf(roots[0].item), /^Facts reviewed .*2026/);
    assert.match(labelOf(roots[0].item), /Dec|12/);
    assert.equal(roots[0].item.command?.command, 'aiPrivacyGuard.openRetentionSources');
    assert.match(labelOf(roots[1].item), /court/i);
    assert.equal(roots[1].item.collapsibleState, vscode.TreeItemCollapsibleState.None);

    // Every leaf of every provider, label and description and tooltip together.
    const texts: string[] = [];
    const walk = async (parent: unknown) => {
      for (const { node, item } of await treeItems(guard.providersTree, parent)) {
        // Markdown tooltips escape punctuation (Pro\+): read them unescaped.
        const tooltip = (item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '')).replace(/\\(.)/g, '$1');
        texts.push(`${labelOf(item)} | ${item.description ?? ''} | ${tooltip}`);
        if (item.collapsibleState !== vscode.TreeItemCollapsibleState.None) await walk(node);
      }
    };
    for (const root of roots.slice(2)) await walk(root.node);
    const text = texts.join('\n');
    assert.match(text, /ordered OpenAI to produce about 20 million/);
    assert.doesNotMatch(text, /handed over/);
    assert.match(text, /Free, Pro, Pro\+ and Max/);
    assert.match(text, /Claude chat history stays until you delete it/);
    assert.match(text, /read .*2026, page undated/);
    assert.doesNotMatch(text, /as of [^|]*\(page undated\)/);
    assert.doesNotMatch(text, /for anything sensitive/);
  });

  it('refuses to open a link that is not in the view', async () => {
    await activate();
    const opened = await vscode.commands.executeCommand('aiPrivacyGuard.openExternalLink', 'https://example.com/phish');
    assert.equal(opened, false);
  });
});

describe('Scan Workspace and the Findings view', () => {
  afterEach(closeAllEditors);

  it('fills the Findings tree with the files on disk and reveals a finding', async () => {
    const guard = await activate();
    await writeFile('scan/deep/config.env', `AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}\n`);
    await writeFile('scan/contacts.csv', `name,email\nMaria,${FAKE.email}\n`);
    await writeFile('scan/clean.txt', CLEAN_TEXT);
    const result = await vscode.commands.executeCommand<{ files: number; findings: number }>('aiPrivacyGuard.scanWorkspace');
    assert.ok(result.files >= 3, `scanned ${result.files} files`);
    assert.ok(result.findings >= 2, `found ${result.findings}`);

    const files = await treeItems(guard.findingsTree);
    const config = files.find(({ item }) => item.resourceUri?.path.endsWith('/scan/deep/config.env'));
    assert.ok(config, `config.env is not in the tree: ${files.map(({ item }) => item.resourceUri?.path).join(', ')}`);
    assert.ok(files.some(({ item }) => item.resourceUri?.path.endsWith('/scan/contacts.csv')));
    assert.ok(!files.some(({ item }) => item.resourceUri?.path.endsWith('/scan/clean.txt')), 'a clean file is listed');

    const findings = await treeItems(guard.findingsTree, config.node);
    assert.equal(findings.length, 1);
    const finding = findings[0].item;
    assertNoRawValue(`${labelOf(finding)} ${finding.description} ${finding.tooltip}`, 'a Findings tree item');
    assert.equal(finding.command?.command, 'aiPrivacyGuard.revealFinding');
    await vscode.commands.executeCommand(finding.command.command, ...(finding.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('/scan/deep/config.env'));
    assert.equal(editor.document.getText(editor.selection), FAKE.awsKeyId);
  });
});
