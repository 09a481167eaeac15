import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits, mixesLettersAndDigits } from './builders';

const HELP = 'https://linear.app/developers/graphql#authentication';

export const linearRules: readonly Rule[] = [
  {
    id: 'linear-api-key',
    title: 'Linear API key',
    category: 'secret',
    kind: 'LINEAR_API_KEY',
    severity: 'high',
    description: 'Acts as the Linear user: reads and changes the issues and projects of their workspace.',
    keywords: ['lin_api_'],
    pattern: /(?<![A-Za-z0-9_-])lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['LINEAR_API_KEY=lin_api_bvnzS781o4ZoTCKhW8z1alXZlMBeUqEowqmA1Mi6', 'new LinearClient({ apiKey: "lin_api_taujOFHJSEJw6bidgcpCt8chW0rYOfxXF4OjIozt" })'],
      negative: [
        { text: 'LINEAR_API_KEY=lin_api_...', reason: 'the prefix alone' },
        { text: 'LINEAR_API_KEY=lin_api_Impwwcqzl5lrF9mC79bc', reason: 'too short' },
      ],
    },
  },
  {
    id: 'linear-oauth-token',
    title: 'Linear OAuth access token',
    category: 'secret',
    kind: 'LINEAR_API_KEY',
    severity: 'high',
    description: 'Acts for a Linear user through an OAuth application, within its scopes.',
    keywords: ['lin_oauth_'],
    pattern: /(?<![A-Za-z0-9_-])lin_oauth_[a-f0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://linear.app/developers/oauth-2-0-authentication',
    examples: {
      positive: ['LINEAR_TOKEN=lin_oauth_d829af9b7d87b5d98c3c014e4588b16c16fbfb708dc86b2d634bfc8808ead7ef', 'Authorization: Bearer lin_oauth_d40166d1d4908760e14da2b768c390f2a170b7d66c24060db37e4d59eb046061'],
      negative: [
        { text: 'LINEAR_TOKEN=lin_oauth_...', reason: 'the prefix alone' },
        { text: 'LINEAR_TOKEN=lin_oauth_f03ae4a5118d59fbe897cf98a24c6c14', reason: 'too short' },
      ],
    },
  },
];
