import type { Rule } from '../../engine/types';
import { assigned, randomPartMixes } from './builders';

/**
 * Beamer API keys: `b_` + 44 URL-safe characters. The two-letter prefix is too common to stand alone, so the
 * key counts only under a Beamer name (`BEAMER_API_KEY=`, `beamerKey:`); there, the prefix makes it sure.
 */
export const beamerRules: readonly Rule[] = [
  {
    id: 'beamer-api-key',
    title: 'Beamer API key',
    category: 'secret',
    kind: 'BEAMER_API_KEY',
    severity: 'medium',
    description: 'Publishes, edits and deletes the announcements shown in the product’s Beamer changelog widget and reads its users and feedback.',
    keywords: ['beamer'],
    pattern: assigned('beamer[A-Za-z0-9_.-]{0,12}(?:api[_.-]?)?(?:key|token)', 'b_[A-Za-z0-9_=-]{44}'),
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [randomPartMixes(2)],
    helpUrl: 'https://www.getbeamer.com/api',
    examples: {
      positive: [
        'BEAMER_API_KEY=b_HRr17dIoJC0x7wE0ZfONj0xMWYLih7M4nbTFBGnEHYFg',
        "headers: { 'Beamer-Api-Key': 'b_nDleFIT3mYJ54vcvaq3wEHV6_ep0Xm32s1pksku5qMqu' }",
      ],
      negative: [
        { text: 'BEAMER_PRODUCT_ID=aBcDeFgH12345', reason: 'the public product id, not a key' },
        { text: 'BEAMER_API_KEY=b_HRr17dIoJC0x7wE0ZfONj0x', reason: 'too short' },
      ],
    },
  },
];
