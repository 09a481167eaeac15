import { ID_NUMBER } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { dniValid, nieValid, wordNear } from './checks';

const SPAIN_ID_WORDS = ['dni', 'nie', 'nif', 'documento', 'identidad', 'extranjero', 'id number', 'cif'];

function spainVerdict(valid: (v: string) => boolean) {
  return (ctx: MatchContext): ValidatorResult => {
    if (/[A-Za-z0-9]/.test(ctx.text[ctx.start - 1] ?? '')) return false;
    if (!valid(ctx.value) || isRepetitive(ctx.value.replace(/\D/g, ''))) return false;
    return wordNear(ctx.text, ctx.start, ctx.start + ctx.value.length, SPAIN_ID_WORDS, 80, ctx.memo) ? true : { confidence: 'medium' };
  };
}

export const spainRules: readonly Rule[] = [
  {
    id: 'es-dni',
    title: 'Spain national ID (DNI/NIF)',
    category: 'pii',
    kind: 'ES_DNI',
    severity: 'high',
    description: 'The DNI identifies a Spanish citizen and doubles as their tax number (NIF).',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /\d(?<!\d\d)\d{7}-?[TRWAGMYFPDXBNJZSQVHLCKE](?![A-Za-z0-9])/,
    validators: [spainVerdict(dniValid)],
    examples: {
      positive: ['DNI: 47391826G', 'nif = "73629184-C"'],
      negative: [
        { text: 'DNI: 47391826A', reason: 'wrong check letter' },
        { text: 'hash 0x47391826G', reason: 'part of a longer token' },
        { text: 'DNI: 11111111H', reason: 'one repeated digit: a placeholder' },
      ],
    },
  },
  {
    id: 'es-nie',
    title: 'Spain foreigner ID (NIE)',
    category: 'pii',
    kind: 'ES_NIE',
    severity: 'high',
    description: 'The NIE identifies a foreign resident in Spain for tax, work and residence.',
    keywords: [],
    anchor: ID_NUMBER,
    pattern: /[XYZ]-?\d{7}-?[TRWAGMYFPDXBNJZSQVHLCKE](?![A-Za-z0-9])/,
    validators: [spainVerdict(nieValid)],
    examples: {
      positive: ['NIE: X4718253X', 'nie=Y-3829174-X'],
      negative: [
        { text: 'NIE: X4718253Y', reason: 'wrong check letter' },
        { text: 'NIE: W4718253X', reason: 'NIEs start with X, Y or Z' },
      ],
    },
  },
];
