/**
 * Typed settings from raw configuration values. A malformed value is reported with the name of the
 * setting and replaced by its default; nothing here throws. Pure, for unit tests.
 */
import type { Confidence, Severity } from '../../engine';
import { WARN_ON_COPY_VALUES, type WarnOnCopy } from './copyWarning';

export const SETTINGS_SECTION = 'aiPrivacyGuard';

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint';

export interface Settings {
  readonly enable: boolean;
  readonly inlineWarnings: boolean;
  readonly detectSecrets: boolean;
  readonly detectPii: boolean;
  readonly disabledRules: readonly string[];
  readonly minConfidence: Confidence;
  readonly minSeverity: Severity;
  readonly severitySecrets: DiagnosticLevel;
  readonly severityPii: DiagnosticLevel;
  readonly aiBoundFiles: readonly string[];
  readonly exclude: readonly string[];
  /** Raw entries; compiled (and checked) by the engine's compileCustomRules. */
  readonly customRules: readonly unknown[];
  readonly allowlist: readonly string[];
  readonly maxFileSizeMB: number;
  /** Findings listed one by one in Problems; beyond it one summary diagnostic per kind stands at the top of the file. */
  readonly maxDiagnosticsPerFile: number;
  readonly scanOnType: boolean;
  readonly scanOnSave: boolean;
  readonly statusBarEnabled: boolean;
  readonly warnOnCopy: WarnOnCopy;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  inlineWarnings: true,
  detectSecrets: true,
  detectPii: true,
  disabledRules: [],
  minConfidence: 'medium',
  minSeverity: 'medium',
  severitySecrets: 'warning',
  severityPii: 'information',
  aiBoundFiles: [
    '**/*.prompt.md',
    '**/.github/copilot-instructions.md',
    '**/.github/prompts/**',
    '**/AGENTS.md',
    '**/CLAUDE.md',
    '**/GEMINI.md',
    '**/.cursor/rules/**',
    '**/*.chatmode.md',
    '**/*.mdc',
  ],
  exclude: ['**/node_modules/**', '**/.git/**', '**/*.min.map'],
  customRules: [],
  allowlist: [],
  maxFileSizeMB: 50,
  maxDiagnosticsPerFile: 500,
  scanOnType: true,
  scanOnSave: true,
  statusBarEnabled: true,
  warnOnCopy: 'secrets',
};

/** Setting key (without the section) of each field, as users see it. */
export const SETTING_KEYS: Readonly<Record<keyof Settings, string>> = {
  enable: 'enable',
  inlineWarnings: 'inlineWarnings',
  detectSecrets: 'detectSecrets',
  detectPii: 'detectPii',
  disabledRules: 'disabledRules',
  minConfidence: 'minConfidence',
  minSeverity: 'minSeverity',
  severitySecrets: 'severity.secrets',
  severityPii: 'severity.pii',
  aiBoundFiles: 'aiBoundFiles',
  exclude: 'exclude',
  customRules: 'customRules',
  allowlist: 'allowlist',
  maxFileSizeMB: 'maxFileSizeMB',
  maxDiagnosticsPerFile: 'maxDiagnosticsPerFile',
  scanOnType: 'scanOnType',
  scanOnSave: 'scanOnSave',
  statusBarEnabled: 'statusBar.enabled',
  warnOnCopy: 'warnOnCopy',
};

/**
 * Settings a workspace may only set once it is trusted (also declared in package.json): each of them could
 * let a hostile repository hide its own secrets from you.
 */
export const RESTRICTED_SETTINGS: readonly (keyof Settings)[] = [
  'enable',
  'detectSecrets',
  'detectPii',
  'disabledRules',
  'minConfidence',
  'minSeverity',
  'exclude',
  'customRules',
  'allowlist',
  // Only the user can silence the copy warning: an untrusted workspace's "off" is ignored.
  'warnOnCopy',
];

/** A problem with one setting; `setting` is the full name users can search for. */
export interface SettingError {
  readonly setting: string;
  readonly message: string;
}

const LEVELS: readonly DiagnosticLevel[] = ['error', 'warning', 'information', 'hint'];
const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

/** Raw values by setting key (`severity.secrets`...); undefined means "not set". */
export type RawSettings = Readonly<Record<string, unknown>>;

export function parseSettings(raw: RawSettings): { settings: Settings; errors: SettingError[] } {
  const errors: SettingError[] = [];
  const name = (field: keyof Settings) => `${SETTINGS_SECTION}.${SETTING_KEYS[field]}`;
  const value = (field: keyof Settings) => raw[SETTING_KEYS[field]];
  const wrong = (field: keyof Settings, expected: string) =>
    errors.push({ setting: name(field), message: `expected ${expected}; using the default` });

  const bool = (field: keyof Settings): boolean => {
    const v = value(field);
    if (v === undefined) return DEFAULT_SETTINGS[field] as boolean;
    if (typeof v === 'boolean') return v;
    wrong(field, 'true or false');
    return DEFAULT_SETTINGS[field] as boolean;
  };
  const oneOf = <T extends string>(field: keyof Settings, allowed: readonly T[]): T => {
    const v = value(field);
    if (v === undefined) return DEFAULT_SETTINGS[field] as T;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    wrong(field, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    return DEFAULT_SETTINGS[field] as T;
  };
  const strings = (field: keyof Settings): readonly string[] => {
    const v = value(field);
    if (v === undefined) return DEFAULT_SETTINGS[field] as readonly string[];
    if (!Array.isArray(v)) {
      wrong(field, 'a list of strings');
      return DEFAULT_SETTINGS[field] as readonly string[];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else errors.push({ setting: `${name(field)}[${i}]`, message: 'expected a string; entry ignored' });
    });
    return out;
  };
  const list = (field: keyof Settings): readonly unknown[] => {
    const v = value(field);
    if (v === undefined) return DEFAULT_SETTINGS[field] as readonly unknown[];
    if (Array.isArray(v)) return v;
    wrong(field, 'a list');
    return DEFAULT_SETTINGS[field] as readonly unknown[];
  };
  const positive = (field: keyof Settings): number => {
    const v = value(field);
    if (v === undefined) return DEFAULT_SETTINGS[field] as number;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
    wrong(field, 'a number greater than 0');
    return DEFAULT_SETTINGS[field] as number;
  };

  const settings: Settings = {
    enable: bool('enable'),
    inlineWarnings: bool('inlineWarnings'),
    detectSecrets: bool('detectSecrets'),
    detectPii: bool('detectPii'),
    disabledRules: strings('disabledRules'),
    minConfidence: oneOf('minConfidence', CONFIDENCES),
    minSeverity: oneOf('minSeverity', SEVERITIES),
    severitySecrets: oneOf('severitySecrets', LEVELS),
    severityPii: oneOf('severityPii', LEVELS),
    aiBoundFiles: strings('aiBoundFiles'),
    exclude: strings('exclude'),
    customRules: list('customRules'),
    allowlist: strings('allowlist'),
    maxFileSizeMB: positive('maxFileSizeMB'),
    maxDiagnosticsPerFile: Math.floor(positive('maxDiagnosticsPerFile')),
    scanOnType: bool('scanOnType'),
    scanOnSave: bool('scanOnSave'),
    statusBarEnabled: bool('statusBarEnabled'),
    warnOnCopy: oneOf('warnOnCopy', WARN_ON_COPY_VALUES),
  };
  return { settings, errors };
}

/** How a custom rule error is named to the user: "aiPrivacyGuard.customRules[1].title (my-rule)". */
export function customRuleSettingName(index: number, id?: string, field?: string): string {
  const base = `${SETTINGS_SECTION}.${SETTING_KEYS.customRules}`;
  if (index < 0) return base;
  return `${base}[${index}]${field ? `.${field}` : ''}${id ? ` (${id})` : ''}`;
}
