/** Shared helpers of the integration suite: activation, files in the test workspace, waiting, settings. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PrivacyGuardApi } from '../../src/extension/api';

export const EXTENSION_ID = 'ai-privacy-guard.ai-privacy-guard';
export const SECTION = 'aiPrivacyGuard';

/**
 * Fake but well-formed values (checksums valid where the format has one), taken from the rules'
 * own positive examples. None of them was ever a real credential or a real person's address.
 */
export const FAKE = {
  awsKeyId: 'AKIAZ3MHQ5TXKVR7WP4L',
  githubToken: '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',
  email: 'maria.gonzalez@gmail.com',
} as const;

export const SECRETS_TEXT = [
  '# deployment notes',
  `aws_access_key_id = ${FAKE.awsKeyId}`,
  `GITHUB_TOKEN=${FAKE.githubToken}`,
  `Contact: ${FAKE.email}`,
  '',
].join('\n');

export const CLEAN_TEXT = '# notes\nNothing to hide here: the build runs on Tuesdays.\n';

let api: PrivacyGuardApi | undefined;

export async function activate(): Promise<PrivacyGuardApi> {
  if (api) return api;
  const extension = vscode.extensions.getExtension<PrivacyGuardApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test host`);
  api = await extension.activate();
  assert.ok(api, 'activate() returned no API');
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need an open folder');
  return folder.uri;
}

export async function writeFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Writes a file into the test workspace and opens it in an editor. */
export async function openFile(relativePath: string, text: string): Promise<vscode.TextEditor> {
  const uri = await writeFile(relativePath, text);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns something truthy (the extension scans after a debounce, settings
 * changes arrive as events). Fails with `what` and the last value seen.
 */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) {
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
    }
    await sleep(50);
  }
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The extension's diagnostics for a file, finding diagnostics only (those carrying a rule id). */
export function findingDiagnostics(guard: PrivacyGuardApi, uri: vscode.Uri): vscode.Diagnostic[] {
  return [...(guard.diagnostics.get(uri) ?? [])].filter((d) => ruleIdOf(d) !== 'ai-exclusion');
}

/** Waits until the diagnostic covering `value` in the document is there, and returns it. */
export function diagnosticAt(guard: PrivacyGuardApi, document: vscode.TextDocument, value: string): Promise<vscode.Diagnostic> {
  const offset = document.getText().indexOf(value);
  assert.ok(offset >= 0, `fixture does not contain the value`);
  const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + value.length));
  return waitFor(`a diagnostic on ${range.start.line + 1}:${range.start.character + 1} of ${document.uri.path}`, () =>
    findingDiagnostics(guard, document.uri).find((d) => d.range.intersection(range) !== undefined),
  );
}

/** Settings written by a test to the workspace; reset by resetSettings() in afterEach. */
const touched = new Set<string>();

export async function setSetting(key: string, value: unknown): Promise<void> {
  touched.add(key);
  await vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function resetSettings(): Promise<void> {
  for (const key of touched) {
    await vscode.workspace.getConfiguration(SECTION).update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
  touched.clear();
}

/** Fails when any raw fake value appears in `text` (house rule: secrets are only ever shown masked). */
export function assertNoRawValue(text: string, where: string): void {
  for (const [name, value] of Object.entries(FAKE)) {
    assert.ok(!text.includes(value), `${where} shows the raw ${name}`);
  }
}

/** The children of a tree node (the root when none) with their tree items. */
export async function treeItems(provider: vscode.TreeDataProvider<unknown>, parent?: unknown) {
  const children = (await provider.getChildren(parent)) ?? [];
  return Promise.all(children.map(async (node) => ({ node, item: await provider.getTreeItem(node) })));
}

export const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
