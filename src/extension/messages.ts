/** Localized text about findings, shared by prompts and the status bar tooltip (masked values only). */
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { listFindings } from './pure/summary';

/** `Line 3: AWS access key ID AK…4L` per finding, then `…and N more` beyond `limit`. */
export function describeFindings(findings: readonly Finding[], limit?: number): string[] {
  return listFindings(
    findings,
    (line, title, masked) => vscode.l10n.t('Line {0}: {1} {2}', line, title, masked),
    (n) => vscode.l10n.t('…and {0} more', n),
    limit,
  );
}
