import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/**
 * Harness personal (`pat.`) and service account (`sat.`) tokens: the prefix, the 22-character account id,
 * the 24-character token id and the 20-character secret, separated by dots.
 */
export const harnessRules: readonly Rule[] = [
  {
    id: 'harness-access-token',
    title: 'Harness API token (personal or service account)',
    category: 'secret',
    kind: 'HARNESS_TOKEN',
    severity: 'high',
    description: 'Calls the Harness API as the user or service account: runs and edits pipelines, reads their secrets references and changes deployments.',
    keywords: ['pat.', 'sat.'],
    pattern: /(?<![A-Za-z0-9_.-])(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [randomPartMixes(52)],
    helpUrl: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys',
    examples: {
      positive: [
        'HARNESS_API_KEY=pat.OdGOSSaAsHWkoQQujFyvvQ.gZUs3pOWH173mfARnAckpIt8.lQGFWjIfyzx7HbBLpB3F',
        "curl -H 'x-api-key: sat.LGubr49BubbU3Tb0rmcooO.7BenojtVg8mO7ydW8QYtVVC8.szKimr9FlGhiDZhRkyIq' https://app.harness.io/gateway/ng/api/user/currentUser",
      ],
      negative: [
        { text: 'HARNESS_API_KEY=pat.OdGOSSaAsHWkoQQujFyvvQ.gZUs3pOWH173mfARnAckpIt8', reason: 'no secret part' },
        { text: 'import compat.OdGOSSaAsHWkoQQujFyvvQ.gZUs3pOWH173mfARnAckpIt8.lQGFWjIfyzx7HbBLpB3F', reason: '`pat.` inside a longer name' },
      ],
    },
  },
];
