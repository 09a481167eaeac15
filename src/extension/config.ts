/**
 * The one typed, read-only view of the settings. Rebuilt once per configuration (or trust) change:
 * globs compiled with minimatch, custom rules with the engine's compileCustomRules. Invalid entries
 * are reported once, naming the setting, and otherwise ignored.
 */
import * as vscode from 'vscode';
import {
  compileCustomRules,
  Fingerprinter,
  isFingerprintKey,
  LEGACY_FINGERPRINT_LENGTH,
  newFingerprintKey,
  type Category,
  type Rule,
  type ScanOptions,
} from '../engine';
import { compileGlobs, type GlobMatcher } from './pure/globs';
import {
  customRuleSettingName,
  parseSettings,
  RESTRICTED_SETTINGS,
  SETTING_KEYS,
  SETTINGS_SECTION,
  type SettingError,
  type Settings,
} from './pure/settings';
import type { Log } from './log';

export interface GuardConfig extends Settings {
  /** Custom rules that compiled. */
  readonly compiledCustomRules: readonly Rule[];
  readonly excludeMatcher: GlobMatcher;
  readonly aiBoundMatcher: GlobMatcher;
  /** Options for the engine's scan, the same everywhere (diagnostics, commands, workspace scan, API). */
  readonly scanOptions: ScanOptions;
  readonly maxFileSizeBytes: number;
  /** false while the workspace is untrusted: workspace values of restricted settings are ignored. */
  readonly trusted: boolean;
  readonly errors: readonly SettingError[];
}

const BYTES_PER_MB = 1024 * 1024;

function readRaw(trusted: boolean): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const restricted = new Set(RESTRICTED_SETTINGS.map((f) => SETTING_KEYS[f]));
  const raw: Record<string, unknown> = {};
  for (const key of Object.values(SETTING_KEYS)) {
    if (!trusted && restricted.has(key)) {
      const inspected = cfg.inspect(key);
      raw[key] = inspected?.globalValue ?? inspected?.defaultValue;
    } else {
      raw[key] = cfg.get(key);
    }
  }
  return raw;
}

/** Build the configuration from the current settings. Never throws. */
/** Where the workspace's fingerprint key is kept: this machine's workspace storage, never settings or reports. */
const FINGERPRINT_KEY_STATE = 'aiPrivacyGuard.fingerprintKey';
/** Set once the user was told about old-format allowlist entries. */
const LEGACY_ALLOWLIST_NOTED_STATE = 'aiPrivacyGuard.legacyAllowlistNoted';

/**
 * The fingerprinter of this workspace: HMAC-SHA-256 under a random key kept in the workspace's storage on
 * this machine. The allowlist's fingerprints (in settings, perhaps committed) cannot be checked by guessing
 * without it.
 */
export function workspaceFingerprinter(state: vscode.Memento): Fingerprinter {
  const stored = state.get<unknown>(FINGERPRINT_KEY_STATE);
  const key = isFingerprintKey(stored) ? stored : newFingerprintKey();
  if (key !== stored) void state.update(FINGERPRINT_KEY_STATE, key);
  return new Fingerprinter(key, { keyStoredWithFingerprints: false });
}

/** Says once per workspace that the allowlist holds old, unkeyed fingerprints (they still work). */
export function noteLegacyAllowlist(config: GuardConfig, state: vscode.Memento, log: Log): void {
  const legacy = config.allowlist.filter((e) => e.length === LEGACY_FINGERPRINT_LENGTH && /^[0-9a-f]+$/.test(e)).length;
  if (legacy === 0 || state.get(LEGACY_ALLOWLIST_NOTED_STATE) === true) return;
  void state.update(LEGACY_ALLOWLIST_NOTED_STATE, true);
  log.warn(
    `aiPrivacyGuard.allowlist: ${legacy} entr${legacy === 1 ? 'y is' : 'ies are'} in the old fingerprint format, which guessing can reverse for short values and personal data. They still work; to replace one, allow its finding again (quick fix) and delete the 32-digit entry.`,
  );
}

export function buildConfig(fingerprinter?: Fingerprinter): GuardConfig {
  const trusted = vscode.workspace.isTrusted;
  const { settings, errors } = parseSettings(readRaw(trusted));
  const custom = compileCustomRules(settings.customRules);
  for (const e of custom.errors) errors.push({ setting: customRuleSettingName(e.index, e.id, e.field), message: e.message });
  const globs = (field: 'exclude' | 'aiBoundFiles') => {
    const { matcher, errors: globErrors } = compileGlobs(settings[field]);
    for (const e of globErrors) {
      errors.push({ setting: `${SETTINGS_SECTION}.${SETTING_KEYS[field]}[${e.index}]`, message: e.message });
    }
    return matcher;
  };
  const categories: Category[] = [];
  if (settings.detectSecrets) categories.push('secret');
  if (settings.detectPii) categories.push('pii');
  return {
    ...settings,
    compiledCustomRules: custom.rules,
    excludeMatcher: globs('exclude'),
    aiBoundMatcher: globs('aiBoundFiles'),
    scanOptions: {
      categories,
      disabledRules: settings.disabledRules,
      customRules: custom.rules,
      allowlist: settings.allowlist,
      fingerprinter,
      minConfidence: settings.minConfidence,
      minSeverity: settings.minSeverity,
    },
    maxFileSizeBytes: settings.maxFileSizeMB * BYTES_PER_MB,
    trusted,
    errors,
  };
}

/** Holds the current configuration and tells listeners when it was rebuilt. */
export class ConfigService implements vscode.Disposable {
  private config: GuardConfig;
  private readonly changed = new vscode.EventEmitter<GuardConfig>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastReportedErrors = '';
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly log: Log,
    private readonly fingerprinter?: Fingerprinter,
  ) {
    this.config = buildConfig(fingerprinter);
    this.reportErrors();
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTINGS_SECTION)) this.rebuild();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.rebuild()),
      this.changed,
    );
  }

  get current(): GuardConfig {
    return this.config;
  }

  rebuild(): void {
    this.config = buildConfig(this.fingerprinter);
    this.reportErrors();
    this.changed.fire(this.config);
  }

  /** Show setting problems once (not again on every unrelated change while they persist). */
  private reportErrors(): void {
    const lines = this.config.errors.map((e) => `${e.setting}: ${e.message}`);
    const key = lines.join('\n');
    if (key === this.lastReportedErrors) return;
    this.lastReportedErrors = key;
    if (lines.length === 0) return;
    for (const line of lines) this.log.warn(line);
    const openSettings = vscode.l10n.t('Open Settings');
    const message =
      lines.length === 1
        ? vscode.l10n.t('AI Privacy Guard ignored an invalid setting: {0}', lines[0])
        : vscode.l10n.t('AI Privacy Guard ignored {0} invalid settings, the first: {1}', lines.length, lines[0]);
    void this.log.showError(message, openSettings).then((choice) => {
      if (choice === openSettings) {
        void vscode.commands.executeCommand('workbench.action.openSettings', this.config.errors[0].setting.replace(/\[.*$/, ''));
      }
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
