import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * Frame.io developer tokens: `fio-u-` + 64 URL-safe characters. The length is the observed one (60 to 70
 * accepted); Frame.io's v4 API moved to Adobe OAuth, but v2 developer tokens stay valid until revoked.
 */
export const frameioRules: readonly Rule[] = [
  {
    id: 'frameio-developer-token',
    title: 'Frame.io developer token',
    category: 'secret',
    kind: 'FRAMEIO_TOKEN',
    severity: 'high',
    description: 'Acts as the Frame.io user within the token’s scopes: downloads, uploads and deletes the team’s video assets and reads their comments.',
    keywords: ['fio-u-'],
    pattern: /(?<![A-Za-z0-9_-])fio-u-[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://developer.frame.io/docs/getting-started/authentication',
    examples: {
      positive: [
        'FRAMEIO_TOKEN=fio-u-QbV5a3WsJq-pRH61dYXobFHRhCa-JCuK1s2K5tVbMLIb1fbB34565olwLtdP-8YA',
        "client = FrameioClient('fio-u-1Gvu0McT361WEJ7SrjYdjm1uhYatJHBcb_s6GRoAnYd8bsALUbfFNmzhlPa0TG1W')",
      ],
      negative: [
        { text: 'FRAMEIO_TOKEN=fio-u-...', reason: 'the prefix alone' },
        { text: 'FRAMEIO_TOKEN=fio-u-QbV5a3WsJq-pRH61dYXobFHRhCa', reason: 'too short' },
      ],
    },
  },
];
