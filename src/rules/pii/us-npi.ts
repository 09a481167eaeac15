import type { Rule } from '../../engine/types';
import { isRepetitive, luhnValid } from '../../engine/validators';
import { requireLabelOnLine, standaloneNumber } from './checks';

/**
 * US National Provider Identifier: ten digits, the first 1 or 2 (the only ones issued), the last a Luhn check
 * digit computed as if the nine before it followed the card issuer prefix 80840 (ISO 7812, as CMS specifies).
 */
export function npiValid(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && luhnValid(`80840${digits}`);
}

const NPI_WORDS = ['npi', 'npi number', 'npi no', 'npi#', 'national provider', 'national provider identifier'];

export const usNpiRules: readonly Rule[] = [
  {
    id: 'us-npi',
    title: 'US National Provider Identifier (NPI)',
    category: 'pii',
    kind: 'US_NPI',
    severity: 'medium',
    confidence: 'medium',
    description:
      "The NPI identifies a US health-care provider on every claim and prescription: public in the NPPES registry, but beside patient data it names the patient's clinician and is reused in billing fraud.",
    keywords: ['npi', 'national provider'],
    tableColumns: true,
    window: 80,
    pattern: /(?<!\d)[12]\d{9}(?!\d)/,
    validators: [standaloneNumber, (ctx) => npiValid(ctx.value) && !isRepetitive(ctx.value), requireLabelOnLine(NPI_WORDS, 60)],
    helpUrl: 'https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand',
    examples: {
      positive: [
        'CMS-1500, box 24J: rendering provider NPI 1638294714',
        'claim_id,provider_name,npi,taxonomy\nCLM-20931,Dr. Rosa Alvarez,2055173860,207Q00000X',
        'National Provider Identifier: 1384066522 (Type 1, individual)',
      ],
      negative: [
        { text: 'rendering provider NPI 1638294715', reason: 'wrong check digit' },
        { text: 'order 1638294714 shipped on 2024-03-14', reason: 'no NPI label near' },
        { text: 'NPI: 31638294714', reason: 'eleven digits: the tail of a longer number' },
        { text: 'NPI: 3720938455', reason: 'NPIs begin with 1 or 2' },
      ],
    },
  },
];
