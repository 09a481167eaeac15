/**
 * Quick fixes on our diagnostics: replace the value with an environment-variable reference or a
 * typed placeholder, ignore it on this line, allow it in this workspace (by fingerprint), learn more,
 * and add the file to an AI exclusion file. Also the commands behind them.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import type { AiExclusions } from './aiExclusions';
import type { ConfigService } from './config';
import { AI_EXCLUSION_CODE, DIAGNOSTIC_SOURCE } from './diagnostics';
import type { Log } from './log';
import { findingTitle } from './messages';
import { suppressionInsertion } from './pure/comments';
import { helpUrlFor } from './pure/help';
import { envReplacement, typedPlaceholder } from './pure/placeholders';
import { SETTINGS_SECTION } from './pure/settings';
import type { FindingStore } from './store';

export const ALLOW_FINDING_COMMAND = 'aiPrivacyGuard.allowFinding';
export const IGNORE_FINDING_COMMAND = 'aiPrivacyGuard.ignoreFinding';
/** Internal: append a file to an AI exclusion file; arguments (file uri, exclusion file uri). */
export const ADD_TO_AI_EXCLUSION_COMMAND = 'aiPrivacyGuard.addToAiExclusion';

function codeValue(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** The stored finding a diagnostic stands for (same rule, same start): a diagnostic is made for a listed finding only. */
function findingFor(store: FindingStore, uri: vscode.Uri, d: vscode.Diagnostic): Finding | undefined {
  const ruleId = codeValue(d);
  return store
    .get(uri)
    ?.found.listed.find((f) => f.ruleId === ruleId && f.line === d.range.start.line && f.column === d.range.start.character);
}

/** The edit that inserts a suppression comment for `line`, or undefined when the language has no comments. */
export function suppressionEdit(doc: vscode.TextDocument, line: number): vscode.WorkspaceEdit | undefined {
  const lineText = doc.lineAt(line).text;
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const insertion = suppressionInsertion(doc.languageId, lineText, eol);
  if (!insertion) return undefined;
  const edit = new vscode.WorkspaceEdit();
  if (insertion.where === 'above') edit.insert(doc.uri, new vscode.Position(line, 0), insertion.text);
  else edit.insert(doc.uri, new vscode.Position(line, lineText.length), insertion.text);
  return edit;
}

export class PrivacyCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly store: FindingStore,
    private readonly exclusions: AiExclusions,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      if (codeValue(d) === AI_EXCLUSION_CODE) {
        for (const a of this.exclusionActions(doc, d)) actions.push(a);
        continue;
      }
      const finding = findingFor(this.store, doc.uri, d);
      if (finding) for (const a of this.findingActions(doc, d, finding)) actions.push(a);
    }
    return actions;
  }

  private findingActions(doc: vscode.TextDocument, d: vscode.Diagnostic, f: Finding): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const fix = (title: string, range: vscode.Range, text: string, preferred: boolean) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.isPreferred = preferred;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(doc.uri, range, text);
      actions.push(action);
    };
    const env = f.line === f.endLine ? envReplacement(doc.languageId, doc.lineAt(f.line).text, f.column, f.endColumn, f.kind) : undefined;
    if (env) {
      fix(vscode.l10n.t('Replace with {0}', env.text), new vscode.Range(f.line, env.start, f.line, env.end), env.text, true);
    }
    const placeholder = typedPlaceholder(f.kind);
    fix(vscode.l10n.t('Replace with placeholder {0}', placeholder), d.range, placeholder, env === undefined);

    const suppression = suppressionEdit(doc, f.line);
    if (suppression) {
      const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore on this line'), vscode.CodeActionKind.QuickFix);
      ignore.diagnostics = [d];
      ignore.edit = suppression;
      actions.push(ignore);
    }

    const allow = new vscode.CodeAction(vscode.l10n.t('Allow this value in this workspace'), vscode.CodeActionKind.QuickFix);
    allow.diagnostics = [d];
    allow.command = {
      command: ALLOW_FINDING_COMMAND,
      title: allow.title,
      arguments: [{ fingerprint: f.fingerprint, ruleId: f.ruleId, masked: f.masked }],
    };
    actions.push(allow);

    const learn = new vscode.CodeAction(vscode.l10n.t('Learn more about {0}', findingTitle(f)), vscode.CodeActionKind.QuickFix);
    learn.command = { command: 'vscode.open', title: learn.title, arguments: [vscode.Uri.parse(helpUrlFor(f.ruleId, f.category))] };
    actions.push(learn);
    return actions;
  }

  private exclusionActions(doc: vscode.TextDocument, d: vscode.Diagnostic): vscode.CodeAction[] {
    return (this.exclusions.targetsFor(doc.uri) ?? []).map((target) => {
      const action = new vscode.CodeAction(vscode.l10n.t('Add to {0}', target.name), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.command = { command: ADD_TO_AI_EXCLUSION_COMMAND, title: action.title, arguments: [doc.uri, target.uri] };
      return action;
    });
  }
}

/** `{ uri, range }`, a Diagnostic (with the active editor), a Findings tree item, or nothing (the cursor). */
function targetOf(arg: unknown): { uri: vscode.Uri; line: number } | undefined {
  const editor = vscode.window.activeTextEditor;
  const a = arg as { uri?: unknown; range?: unknown } | undefined;
  const range = a && a.range instanceof vscode.Range ? a.range : undefined;
  const uri = a && a.uri instanceof vscode.Uri ? a.uri : editor?.document.uri;
  if (!uri) return undefined;
  if (range) return { uri, line: range.start.line };
  if (editor && editor.document.uri.toString() === uri.toString()) return { uri, line: editor.selection.active.line };
  return undefined;
}

/** aiPrivacyGuard.ignoreFinding: insert the suppression comment; returns whether it was inserted. */
export async function ignoreFinding(arg: unknown, log: Log): Promise<{ inserted: boolean }> {
  const target = targetOf(arg);
  if (!target) {
    void log.showInformation(vscode.l10n.t('Place the cursor on a finding to ignore it.'));
    return { inserted: false };
  }
  const doc = await vscode.workspace.openTextDocument(target.uri);
  const edit = suppressionEdit(doc, target.line);
  if (!edit) {
    void log.showInformation(vscode.l10n.t('{0} files have no comments; allow the value in this workspace instead.', doc.languageId));
    return { inserted: false };
  }
  return { inserted: await vscode.workspace.applyEdit(edit) };
}

/** aiPrivacyGuard.allowFinding: add a finding's fingerprint (never its value) to the allowlist. */
export async function allowFinding(arg: unknown, config: ConfigService, log: Log): Promise<{ allowed: boolean }> {
  const a = arg as { fingerprint?: unknown; masked?: unknown } | string | undefined;
  const fingerprint = typeof a === 'string' ? a : a?.fingerprint;
  if (typeof fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(fingerprint)) {
    log.warn('allowFinding: expected a finding fingerprint');
    return { allowed: false };
  }
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = settings.inspect<string[]>('allowlist');
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (!current.includes(fingerprint)) await settings.update('allowlist', [...current, fingerprint], target);
  const masked = typeof a === 'object' && typeof a.masked === 'string' ? a.masked : fingerprint.slice(0, 8);
  log.info(`Allowed ${masked} (fingerprint ${fingerprint}) in ${inWorkspace ? 'workspace' : 'user'} settings`);
  if (inWorkspace && !config.current.trusted) {
    void log.showWarning(vscode.l10n.t('Saved to the workspace allowlist; it takes effect once you trust this workspace.'));
  }
  return { allowed: true };
}

/** aiPrivacyGuard.addToAiExclusion (internal). */
export async function addToAiExclusion(fileUri: unknown, exclusionFile: unknown, exclusions: AiExclusions, log: Log): Promise<boolean> {
  if (!(fileUri instanceof vscode.Uri) || !(exclusionFile instanceof vscode.Uri)) return false;
  try {
    return await exclusions.add(fileUri, exclusionFile);
  } catch (e) {
    void log.showError(vscode.l10n.t('Could not update {0}: {1}', exclusionFile.path.split('/').pop() ?? '', e instanceof Error ? e.message : String(e)));
    return false;
  }
}
