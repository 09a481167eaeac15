/** Localized text about findings, shared by prompts and the status bar tooltip (masked values only). */
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { listFindings } from './pure/summary';

/**
 * A rule's title and description in the display language. The rule catalogue is data, so the build adds
 * every built-in title and description to the l10n bundle (scripts/build.mjs); a custom rule's own text
 * comes back unchanged.
 */
export const findingTitle = (f: Pick<Finding, 'title'>): string => vscode.l10n.t(f.title);
export const findingDescription = (f: Pick<Finding, 'description'>): string => vscode.l10n.t(f.description);

let counts: { readonly language: string; readonly format: Intl.NumberFormat } | undefined;

/**
 * The formatter of counts in the display language, made once. The first number formatted in a language loads its
 * locale data, 10 to 20 ms on the extension host's thread: activation has it made in a turn of the event loop of
 * its own, and so does a publication of findings that would come before it.
 */
export function countFormat(): Intl.NumberFormat {
  const language = vscode.env.language;
  if (counts?.language !== language) counts = { language, format: new Intl.NumberFormat(language) };
  return counts.format;
}

/** A count in the display language ("36,440"). */
export const formatCount = (n: number): string => countFormat().format(n);

/**
 * `Line 3: AWS access key ID AK…4L` per finding, then `…and N more` beyond `limit` (of `total`). With `markDoubtful`,
 * a low-confidence finding reads `Line 3: … (doubtful)`: sharing redacts it too, and says it may be wrong.
 */
export function describeFindings(findings: readonly Finding[], limit?: number, markDoubtful = false, total = findings.length): string[] {
  return listFindings(
    findings,
    (line, title, masked, confidence) =>
      markDoubtful && confidence === 'low'
        ? vscode.l10n.t('Line {0}: {1} {2} (doubtful)', line, vscode.l10n.t(title), masked)
        : vscode.l10n.t('Line {0}: {1} {2}', line, vscode.l10n.t(title), masked),
    (n) => vscode.l10n.t('…and {0} more', formatCount(n)),
    limit,
    0,
    total,
  );
}
