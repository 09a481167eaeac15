import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

const HELP = 'https://docs.easypost.com/docs/authentication';

/** EasyPost API keys: `EZAK` (production) or `EZTK` (test) + 54 letters and digits. Test keys are reported lower, as Stripe's are. */
export const easypostRules: readonly Rule[] = [
  {
    id: 'easypost-api-key',
    title: 'EasyPost production API key',
    category: 'secret',
    kind: 'EASYPOST_API_KEY',
    severity: 'high',
    description: 'Buys shipping labels charged to the EasyPost account and reads its shipments, addresses and customers.',
    keywords: ['ezak'],
    pattern: /(?<![A-Za-z0-9_-])EZAK[A-Za-z0-9]{54}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [randomPartMixes(4)],
    helpUrl: HELP,
    examples: {
      positive: ['EASYPOST_API_KEY=EZAKUrKWb6sNJ56ep52BM5qMQpkhmVpzW2pSFLTyh1alVYPUdHTNpwILEu', 'client = easypost.EasyPostClient("EZAKj9izdk0yx59vz8a0caz17hko2t135qrrpfa8x91ks2izo4903qk5ta")'],
      negative: [
        { text: 'EASYPOST_API_KEY=EZAK...', reason: 'the prefix alone' },
        { text: 'data:image/png;base64,6wqX6fNUXA/rYqRvfQ+EZAKGqQRiRyqAFRQshGPWOIAwNWGORfKHSBnVNFtVmWYoW6PH23lkqbbDWep95C/3VmWq', reason: 'inside base64 data: the run after EZAK is longer than a key' },
        { text: 'EASYPOST_API_KEY=EZAKVbDxLj6VPXktrAAXUwdHNdDl0nly', reason: 'too short' },
      ],
    },
  },
  {
    id: 'easypost-test-api-key',
    title: 'EasyPost test API key',
    category: 'secret',
    kind: 'EASYPOST_API_KEY',
    severity: 'medium',
    description: 'An EasyPost test-mode key: no real labels or charges, but access to the account’s test data.',
    keywords: ['eztk'],
    pattern: /(?<![A-Za-z0-9_-])EZTK[A-Za-z0-9]{54}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [randomPartMixes(4)],
    helpUrl: HELP,
    examples: {
      positive: ['EASYPOST_TEST_KEY=EZTKVbDxLj6VPXktrAAXUwdHNdDl0nlyW43CXeA20uLObwwMuCp3PEjxIn', 'EasyPost::Client.new(api_key: "EZTK64hanep1zew0c8hfj7tmp4b7p45hd483fjpqmaqd92a444ct16gop3")'],
      negative: [
        { text: 'EASYPOST_TEST_KEY=EZTK...', reason: 'the prefix alone' },
        { text: 'EASYPOST_TEST_KEY=EZTKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
      ],
    },
  },
];
