import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

const HELP = 'https://docs.lob.com/#tag/Authentication';

/**
 * Lob secret API keys: `live_` or `test_` + 35 lower-case hex digits. The odd length (no common digest has it)
 * makes the shape specific enough without context. Publishable keys (`live_pub_`/`test_pub_`) are public.
 */
export const lobRules: readonly Rule[] = [
  {
    id: 'lob-live-api-key',
    title: 'Lob live secret API key',
    category: 'secret',
    kind: 'LOB_API_KEY',
    severity: 'high',
    description: 'Sends real letters, postcards and checks billed to the Lob account and reads the addresses (personal data) of everyone it has mailed.',
    keywords: ['live_'],
    pattern: /(?<![A-Za-z0-9_-])live_[0-9a-f]{35}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [randomPartMixes(5)],
    helpUrl: HELP,
    examples: {
      positive: [
        'LOB_API_KEY=live_61c6a0989bdeffe690e1dea1e571e6d9c53',
        "const lob = new Lob({ apiKey: 'live_e6555db8994144f9899df3d7a5bd5112e20' });",
      ],
      negative: [
        { text: 'LOB_PUBLISHABLE_KEY=live_pub_61c6a0989bdeffe690e1dea1e571e6d', reason: 'a publishable key, public by design' },
        { text: 'commit = "live_61c6a0989bdeffe690e1dea1e571e6d9c53a1b2c"', reason: 'longer than a Lob key: a prefixed digest' },
      ],
    },
  },
  {
    id: 'lob-test-api-key',
    title: 'Lob test secret API key',
    category: 'secret',
    kind: 'LOB_API_KEY',
    severity: 'medium',
    description: 'A Lob test key: nothing is mailed, but it reads and changes the account’s test addresses, templates and mail pieces.',
    keywords: ['test_'],
    pattern: /(?<![A-Za-z0-9_-])test_[0-9a-f]{35}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [randomPartMixes(5)],
    helpUrl: HELP,
    examples: {
      positive: [
        'LOB_API_KEY=test_d87f3b18baef28da7ba95a9ea832aee6c8d',
        'curl https://api.lob.com/v1/addresses -u test_61c6a0989bdeffe690e1dea1e571e6d9c53:',
      ],
      negative: [
        { text: 'LOB_API_KEY=test_00000000000000000000000000000000000', reason: 'zeros: a placeholder' },
        { text: 'def test_d87f3b18baef28da7ba95a9ea832aee6c8d_handles_retry():', reason: 'a test function name that continues after the hex' },
      ],
    },
  },
];
