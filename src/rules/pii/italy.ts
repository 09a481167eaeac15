import { CODICE_FISCALE } from '../../engine/anchors';
import type { Rule } from '../../engine/types';
import { codiceFiscaleValid } from './checks';

export const italyRules: readonly Rule[] = [
  {
    id: 'it-codice-fiscale',
    title: 'Italy tax code (codice fiscale)',
    category: 'pii',
    kind: 'IT_CODICE_FISCALE',
    severity: 'high',
    description: 'The codice fiscale encodes name, birth date and birthplace and identifies an Italian resident.',
    keywords: [],
    anchor: CODICE_FISCALE,
    pattern: /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/,
    validators: [(ctx) => codiceFiscaleValid(ctx.value)],
    examples: {
      positive: ['Codice fiscale: BNCGPP72H45F205O', 'cf=VRDLCU80A01L219Y'],
      negative: [
        { text: 'Codice fiscale: BNCGPP72H45F205P', reason: 'wrong check character' },
        { text: 'Codice fiscale: BNCGPP72Z45F205O', reason: 'Z is not a month letter' },
      ],
    },
  },
];
