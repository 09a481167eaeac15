import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID } from './helpers';

/** Every command of the shared contract. */
const CONTRACT_COMMANDS = [
  'aiPrivacyGuard.checkBeforeSharing',
  'aiPrivacyGuard.copyRedacted',
  'aiPrivacyGuard.checkClipboard',
  'aiPrivacyGuard.pasteRestoringRedactions',
  'aiPrivacyGuard.forgetRedactions',
  'aiPrivacyGuard.scanWorkspace',
  'aiPrivacyGuard.showProviderRetention',
  'aiPrivacyGuard.openRetentionSources',
  'aiPrivacyGuard.openExternalLink',
  'aiPrivacyGuard.ignoreFinding',
  'aiPrivacyGuard.allowFinding',
  'aiPrivacyGuard.toggleInlineWarnings',
  'aiPrivacyGuard.revealFinding',
];

describe('activation', () => {
  it('activates on startup and returns the test API', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // activationEvents is onStartupFinished: the host activates it without our help.
    const guard = await activate();
    assert.equal(extension.isActive, true);
    assert.equal(typeof guard.scan, 'function');
    assert.equal(typeof guard.statusBar, 'function');
    assert.equal(typeof guard.rememberedRedactions, 'function');
    assert.equal(typeof guard.shownMessages, 'function');
    assert.equal(typeof guard.providersTree.getChildren, 'function');
    assert.equal(typeof guard.findingsTree.getChildren, 'function');
    assert.equal(guard.diagnostics.name, 'aiPrivacyGuard');
  });

  it('registers every command of the contract', async () => {
    await activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = CONTRACT_COMMANDS.filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });

  it('contributes each command with a category, and the AI Privacy views', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const commands: { command: string; category?: string }[] = manifest.contributes.commands;
    for (const id of CONTRACT_COMMANDS) {
      const contributed = commands.find((c) => c.command === id);
      assert.ok(contributed, `${id} is not in contributes.commands`);
      assert.ok(contributed.category, `${id} has no category`);
    }
    const views: { id: string }[] = manifest.contributes.views.aiPrivacy;
    assert.deepEqual(views.map((v) => v.id).sort(), ['aiPrivacyGuard.findings', 'aiPrivacyGuard.providers']);
  });

  it('scans with the built-in rules through the API', async () => {
    const guard = await activate();
    const findings = guard.scan('aws_access_key_id = AKIAZ3MHQ5TXKVR7WP4L');
    assert.deepEqual(findings.map((f) => f.ruleId), ['aws-access-key-id']);
    assert.equal(findings[0].masked.includes('AKIAZ3MHQ5TXKVR7WP4L'), false);
  });
});
