import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { columnKeywords, digitsOf, requireLabelOnLine } from './checks';

/** Chile RUT/RUN: body digits times 2,3,4,5,6,7 (repeating) from the right; D = 11 - (sum mod 11), 10 is K, 11 is 0. */
export function rutValid(value: string): boolean {
  const m = /^([\d.]+)-([\dkK])$/.exec(value);
  if (!m) return false;
  const body = digitsOf(m[1]);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  const check = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return check === m[2].toUpperCase();
}

export const chileRules: readonly Rule[] = [
  {
    id: 'cl-rut',
    title: 'Chile national identity number (RUT/RUN)',
    category: 'pii',
    kind: 'CL_RUT',
    severity: 'high',
    confidence: 'medium',
    description: 'The RUT (RUN for persons) identifies a Chilean resident for life to the state, banks and employers.',
    // 'rut' and 'run' alone would wake inside "truth" and every "npm run": only their label forms.
    keywords: ['rut:', 'rut ', 'rut=', 'rut#', 'rut"', "rut'", 'r.u.t', 'run:', 'run n', 'r.u.n', 'rol unico', ...columnKeywords('rut'), ...columnKeywords('run')],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\d.])\d{1,2}(?:\.\d{3}\.\d{3}|\d{6})-[\dkK](?![\dA-Za-z])/,
    validators: [
      (ctx) => rutValid(ctx.value) && !isRepetitive(digitsOf(ctx.value)) && !/[-\w]$/.test(ctx.text.slice(Math.max(0, ctx.start - 1), ctx.start)),
      requireLabelOnLine(['rut', 'run', 'r.u.t', 'r.u.n', 'rol único', 'rol unico'], 60),
    ],
    examples: {
      positive: ['RUT: 18.907.254-6', 'RUN: 15.987.402-8', 'rut: 9381026-0'],
      negative: [
        { text: 'RUT: 18.907.254-5', reason: 'wrong check digit' },
        { text: 'npm run test 18.907.254-6', reason: 'the verb run, not a RUN label' },
        { text: 'version 18.907.254-6', reason: 'no RUT label near' },
      ],
    },
  },
];
