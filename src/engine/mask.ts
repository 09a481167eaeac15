/**
 * Masked previews: what a user (or a log, a SARIF file, a tooltip) may see of a sensitive value.
 * Short values show nothing of themselves; longer ones show a few characters at each end.
 */

const ELLIPSIS = '\u2026';
const BULLETS = '\u2022\u2022\u2022\u2022';

const WHITESPACE = /\s/;

export function mask(value: string): string {
  // Collapsing white space never lengthens a value: a short one shows nothing whatever it holds.
  if (value.length < 12) return BULLETS;
  const v = WHITESPACE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
  if (v.length < 12) return BULLETS;
  const show = v.length >= 24 ? 4 : 2;
  return v.slice(0, show) + ELLIPSIS + v.slice(-show);
}
