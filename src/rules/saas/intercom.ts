import type { Rule, Validator } from '../../engine/types';
import { base64Decode } from '../../engine/validators';

/** The token is base64 of `tok:` followed by printable text (an id with underscores and `:1:0`-style fields). */
const decodesToTok: Validator = ({ value }) => {
  const text = base64Decode(value);
  return text !== undefined && /^tok:[\x21-\x7e]{20,}$/.test(text);
};

/**
 * Intercom access tokens: base64 of `tok:<id>:<n>:<n>`, so they start with `dG9rO` (about 60 characters
 * in all, the length is not documented: 45 to 125 are accepted). The decoded prefix is checked.
 */
export const intercomRules: readonly Rule[] = [
  {
    id: 'intercom-access-token',
    title: 'Intercom access token',
    category: 'secret',
    kind: 'INTERCOM_ACCESS_TOKEN',
    severity: 'high',
    description: 'Reads and changes the Intercom workspace: contacts and their personal data, conversations, messages and articles.',
    keywords: ['dg9ro'],
    pattern: /(?<![A-Za-z0-9+/_-])dG9rO[A-Za-z0-9+/]{40,120}={0,2}(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4.0,
    validators: [decodesToTok],
    helpUrl: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
    examples: {
      positive: [
        'INTERCOM_ACCESS_TOKEN=dG9rOjYwNjViZDUxX2VmNDhfNDVhMF85M2M2XzYxYmJjYmQ0ODJhODoxOjA=',
        "curl https://api.intercom.io/contacts -H 'Authorization: Bearer dG9rOjMxNzhkNjVlXzhiY2JfNDQ4MF9iZmU5XzQxNGVkNDVjMzA4YzoxOjA='",
        '{ "intercomToken": "dG9rOmRiNTZmOTE0XzlhNjlfNGE2OF85NjZiXzEwYjhkODQ1NmQyZDoxOjA=" }',
      ],
      negative: [
        { text: 'INTERCOM_ACCESS_TOKEN=dG9rOjYwNjViZDUx', reason: 'too short' },
        { text: 'INTERCOM_ACCESS_TOKEN=dG9rOl9fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX18=', reason: 'decodes to `tok:` and a run of underscores: a made-up value' },
      ],
    },
  },
];
