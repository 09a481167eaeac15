import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/**
 * Resend API keys: `re_` + 8 characters (the key's short id) + `_` + 24 characters. Keys seen in the wild
 * use the base58 alphabet (no 0, O, I, l); Resend does not document the format, so any letter or digit is
 * accepted and only the two lengths are required.
 */
export const resendRules: readonly Rule[] = [
  {
    id: 'resend-api-key',
    title: 'Resend API key',
    category: 'secret',
    kind: 'RESEND_API_KEY',
    severity: 'high',
    description: 'Sends e-mail from the account’s verified domains and, with full access, reads sent e-mails, contacts and domains.',
    // 're_' also ends 'are_', 'store_', 'pre_'...: the key starts at its keyword, so a short window suffices.
    keywords: ['re_'],
    wordStartKeywords: ['re_'],
    window: 40,
    pattern: /(?<![A-Za-z0-9_-])re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [randomPartMixes(3)],
    helpUrl: 'https://resend.com/docs/dashboard/api-keys/introduction',
    examples: {
      positive: [
        'RESEND_API_KEY=re_ymq5SdFW_muWWibEyyCa2dsuK2QfGr7t4',
        "const resend = new Resend('re_b8a8tLQF_vX96rB3u8pRc4uf5YfHGV4gs');",
        'resend.api_key = "re_rr4kRTRK_wvgeBGNb4j9E2pLVY3AeqUkT"',
      ],
      negative: [
        { text: "const resend = new Resend('re_xxxxxxxxx');", reason: 'the documentation placeholder' },
        { text: 'RESEND_API_KEY=re_ymq5SdFWmuWWibEyyCa2dsuK2QfGr7t4', reason: 'no separator after the short id' },
        { text: 'match = re_compiled_pattern_for_user_input_v2', reason: 'an identifier, not a key' },
      ],
    },
  },
];
