/**
 * National identity numbers without their label (issue 9: a missing label lowers the confidence, it does not
 * drop the number). Each is read only in a layout that other data rarely takes and only when its check holds:
 * a Finnish henkilötunnus "131052-308T" (a birth date, a century sign and a check character mod 31), a Korean
 * resident registration number "850314-1574828" (a birth date, the dash and a check digit, or a birth after
 * October 2020), a Singapore NRIC/FIN "S1234567D" (a check letter), a Thai national ID in the card's groups
 * "3-7104-01562-83-1" (a check digit). Under its label each is reported by its country's rule at medium
 * confidence, which wins where both report; here at low confidence, hidden inline by default and redacted
 * when shared.
 */
import { NATIONAL_ID_LAYOUT } from '../../engine/anchors';
import type { Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { consistentSeparators, digitsOf, standaloneNumber } from './checks';
import { hetuValid } from './finland';
import { rrnVerdict } from './korea';
import { nricValid } from './singapore';
import { thaiIdValid } from './thailand';

const NO_LABEL: ValidatorResult = { confidence: 'low', note: 'no label' };

const base = { category: 'pii', severity: 'high', confidence: 'low', keywords: [], anchor: NATIONAL_ID_LAYOUT, window: 40 } as const;

export const unlabelledIdRules: readonly Rule[] = [
  {
    ...base,
    id: 'fi-hetu-unlabelled',
    title: 'Finland personal identity code (without its label)',
    kind: 'FI_HETU',
    description: 'The henkilötunnus identifies a Finnish resident for life and encodes the birth date and sex, with or without its label.',
    pattern: /(?<![\dA-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\dA-Za-z])/,
    validators: [standaloneNumber, (ctx) => (hetuValid(ctx.value) && !isRepetitive(ctx.value) ? NO_LABEL : false)],
    examples: {
      positive: ['Please check 020304A527R today.'],
      lowConfidence: ['ref 131052-308T'],
      negative: [
        { text: 'ref 131052-308U', reason: 'wrong check character' },
        { text: 'ref 310252-308Y', reason: 'there is no 31 February' },
      ],
    },
  },
  {
    ...base,
    id: 'kr-rrn-unlabelled',
    title: 'South Korea resident registration number (without its label)',
    kind: 'KR_RRN',
    description: 'The resident registration number identifies a Korean citizen for life and encodes birth date and sex, with or without its label.',
    // Only with its dash: thirteen bare digits are ids and timestamps.
    pattern: /(?<![\d-])\d{6}-[1-4]\d{6}(?![\d-])/,
    validators: [standaloneNumber, (ctx) => (rrnVerdict(ctx.value) === false ? false : NO_LABEL)],
    examples: {
      positive: ['customer 850314-1574828 called'],
      lowConfidence: ['order 850314-1574828'],
      negative: [
        { text: 'order 850314-1574829', reason: 'wrong check digit, issued before 2020' },
        { text: 'order 8503141574828', reason: 'without its dash: thirteen bare digits' },
      ],
    },
  },
  {
    ...base,
    id: 'sg-nric-unlabelled',
    title: 'Singapore identity card number (NRIC/FIN, without its label)',
    kind: 'SG_NRIC',
    description: 'The NRIC or FIN identifies a Singapore resident or pass holder, with or without its label.',
    pattern: /(?<![A-Za-z\d])[STFG]\d{7}[A-Z](?![A-Za-z\d])/,
    validators: [standaloneNumber, (ctx) => (nricValid(ctx.value) && !isRepetitive(ctx.value.slice(1, 8)) ? NO_LABEL : false)],
    examples: {
      positive: ['IC number is T0312345B, thanks'],
      lowConfidence: ['part S8023517H'],
      negative: [{ text: 'part S1234567E', reason: 'wrong check letter' }],
    },
  },
  {
    ...base,
    id: 'th-national-id-unlabelled',
    title: 'Thailand national ID number (without its label)',
    kind: 'TH_NATIONAL_ID',
    description: 'The Thai national ID number identifies a resident of Thailand for life, with or without its label.',
    // Only in the groups printed on the card: thirteen bare digits are ids and millisecond timestamps.
    pattern: /(?<![\d])\d[ -]\d{4}[ -]\d{5}[ -]\d{2}[ -]\d(?!\d)/,
    validators: [standaloneNumber, (ctx) => (consistentSeparators(ctx.value) && thaiIdValid(digitsOf(ctx.value)) && !isRepetitive(digitsOf(ctx.value)) ? NO_LABEL : false)],
    examples: {
      positive: ['Please check 3 7104 01562 83 1 again.'],
      lowConfidence: ['shipment 3-7104-01562-83-1'],
      negative: [
        { text: 'shipment 3-7104-01562-83-2', reason: 'wrong check digit' },
        { text: 'ts 3710401562831', reason: 'thirteen bare digits' },
      ],
    },
  },
];
