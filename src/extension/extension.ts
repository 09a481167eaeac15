/**
 * The extension (Node and web worker hosts; main.node.ts and main.web.ts start it with their own scan
 * worker). activate() only wires: services first, then one readable list of registrations. No network,
 * no telemetry.
 */
import * as vscode from 'vscode';
import { forgetRememberedValues } from '../catalogue';
import { AiExclusions } from './aiExclusions';
import type { PrivacyGuardApi } from './api';
import { addToAiExclusion, ADD_TO_AI_EXCLUSION_COMMAND, allowFinding, ALLOW_FINDING_COMMAND, ignoreFinding, IGNORE_FINDING_COMMAND, PrivacyCodeActions } from './codeActions';
import { ConfigService, noteLegacyAllowlist, workspaceFingerprinter } from './config';
import { CopyGuard } from './copyGuard';
import { DiagnosticsController } from './diagnostics';
import { findingsInFileText } from './files';
import { createFindingsView, FindingsTreeProvider, revealFinding, REVEAL_FINDING_COMMAND } from './findingsView';
import { Log } from './log';
import { countFormat } from './messages';
import { registerProvidersView } from './providersView';
import { RedactionMemory } from './pure/redactionMemory';
import { inThreadScanWorker, ScanClient, type ScanWorkerFactory } from './scanClient';
import { SETTINGS_SECTION } from './pure/settings';
import { ShareCommands } from './share';
import { PrivacyStatusBar } from './statusBar';
import { FindingStore } from './store';
import { WorkspaceScanner } from './workspaceScan';

/** `startScanWorker`: how this host runs scans off its thread (by default it cannot, and scans on it). */
export function activate(context: vscode.ExtensionContext, startScanWorker: ScanWorkerFactory = inThreadScanWorker): PrivacyGuardApi {
  const log = new Log();
  const config = new ConfigService(log, workspaceFingerprinter(context.workspaceState));
  noteLegacyAllowlist(config.current, context.workspaceState, log);
  const store = new FindingStore();
  const exclusions = new AiExclusions(log);
  const scanner = new ScanClient(startScanWorker, inThreadScanWorker, log);
  const diagnostics = new DiagnosticsController(config, store, exclusions, log, scanner);
  const memory = new RedactionMemory();
  const share = new ShareCommands(config, memory, log, scanner);
  const findingsTree = new FindingsTreeProvider(store);
  const statusBar = new PrivacyStatusBar(config, store);
  const workspaceScanner = new WorkspaceScanner(config, store, log, scanner);
  const copyGuard = new CopyGuard(config, share, memory, store, statusBar, context.workspaceState, log);
  const command = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);

  context.subscriptions.push(
    log,
    config,
    store,
    scanner,
    exclusions,
    diagnostics,
    findingsTree,
    statusBar,
    copyGuard,
    copyGuard.register(),
    ...createFindingsView(findingsTree, store),
    vscode.languages.registerCodeActionsProvider('*', new PrivacyCodeActions(store, exclusions), {
      providedCodeActionKinds: PrivacyCodeActions.providedCodeActionKinds,
    }),

    command('aiPrivacyGuard.checkBeforeSharing', (arg) => share.checkBeforeSharing(arg)),
    command('aiPrivacyGuard.copyRedacted', () => share.copyRedacted()),
    command('aiPrivacyGuard.checkClipboard', (arg) => share.checkClipboard(arg)),
    command('aiPrivacyGuard.pasteRestoringRedactions', () => share.pasteRestoringRedactions()),
    command('aiPrivacyGuard.forgetRedactions', () => {
      scanner.forgetRememberedValues();
      return share.forgetRedactions();
    }),
    command('aiPrivacyGuard.copyRedactedInstead', () => copyGuard.act('copyRedacted')),
    command('aiPrivacyGuard.scanWorkspace', () => workspaceScanner.run()),
    command(IGNORE_FINDING_COMMAND, (arg) => ignoreFinding(arg, log)),
    command(ALLOW_FINDING_COMMAND, (arg) => allowFinding(arg, config, log)),
    command(ADD_TO_AI_EXCLUSION_COMMAND, (file, exclusionFile) => addToAiExclusion(file, exclusionFile, exclusions, log)),
    command(REVEAL_FINDING_COMMAND, (arg) => revealFinding(arg)),
    command('aiPrivacyGuard.toggleInlineWarnings', () => toggleInlineWarnings(log)),
  );
  const providersTree = registerProvidersView(context);

  void exclusions.load();
  // Counts are formatted in the display language (the status bar, Problems' summary): its locale data loads in a
  // turn of its own, before the first findings need it.
  setTimeout(countFormat, 0);
  diagnostics.rescanOpenDocuments();
  void share.updateContext();
  // Which bundle runs: the Node one, or the browser one in a web worker (vscode.dev, or a web-only install).
  const host = typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string' ? 'Node' : 'web worker';
  log.info(`Activated (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI, ${host} extension host); workspace ${vscode.workspace.isTrusted ? 'trusted' : 'restricted'}`);

  return {
    scan: (text, uri) => (uri ? findingsInFileText(uri, text, config.current) : scanText(text)),
    statusBar: () => statusBar.state(),
    providersTree,
    findingsTree,
    diagnostics: diagnostics.collection,
    rememberedRedactions: () => memory.size,
    scanWorker: () => scanner.state(),
    scanState: (uri) => {
      const stored = store.get(uri);
      return stored && { version: stored.version, findings: stored.found.total, listed: stored.found.listed.length, partial: stored.partial === true, skipped: stored.skipped };
    },
    shownMessages: () => log.shownMessages(),
    copyWarnings: () => copyGuard.shownWarnings(),
    copy: async (document, ranges) => {
      await copyGuard.prepareDocumentPaste(document, ranges, new vscode.DataTransfer());
    },
  };

  function scanText(text: string) {
    return config.current.enable ? findingsInFileText(vscode.Uri.parse('untitled:api'), text, config.current) : [];
  }
}

/** Flip aiPrivacyGuard.inlineWarnings where it is set (workspace if set there, else user settings). */
async function toggleInlineWarnings(log: Log): Promise<boolean> {
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const inspected = settings.inspect<boolean>('inlineWarnings');
  const next = !(settings.get<boolean>('inlineWarnings') ?? true);
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await settings.update('inlineWarnings', next, target);
  void log.showInformation(next ? vscode.l10n.t('Inline warnings are on.') : vscode.l10n.t('Inline warnings are off; the status bar still counts findings.'));
  return next;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; the redaction memory dies with the host. The
  // scanner's memory of recent values is module state: emptied here, in case the host outlives us.
  forgetRememberedValues();
}
