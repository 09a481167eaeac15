import type { Rule } from '../../engine/types';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `api-`/`sdk-` + a UUID is a common shape for other ids too: LaunchDarkly must be named nearby. */
const CONTEXT = { words: ['launchdarkly', 'launch_darkly', 'launch-darkly', 'ldclient', 'ld_', 'ld-'], window: 200, required: true } as const;

/**
 * LaunchDarkly credentials: REST API access tokens are `api-` + a UUID, server-side SDK keys `sdk-` + a UUID.
 * Mobile keys (`mob-`) and client-side IDs are meant to ship inside apps: not reported.
 */
export const launchdarklyRules: readonly Rule[] = [
  {
    id: 'launchdarkly-api-access-token',
    title: 'LaunchDarkly API access token',
    category: 'secret',
    kind: 'LAUNCHDARKLY_TOKEN',
    severity: 'high',
    description: 'Calls the LaunchDarkly REST API with the token’s role: reads and changes feature flags, targeting rules, environments and members.',
    keywords: ['api-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])api-${UUID}(?![A-Za-z0-9_-])`),
    minEntropy: 3.0,
    nearbyText: CONTEXT,
    helpUrl: 'https://docs.launchdarkly.com/home/account/api',
    examples: {
      positive: [
        'LAUNCHDARKLY_ACCESS_TOKEN=api-2fd60e48-685a-4c91-9764-9421bd39f58c',
        'provider "launchdarkly" {\n  access_token = "api-9464df06-e91f-4d12-bd0e-0e615cec9cfc"\n}',
      ],
      negative: [
        { text: 'request_id = "api-598347ce-391d-4b30-a482-f35d72031daf"', reason: 'no LaunchDarkly context: a request id' },
        { text: 'LAUNCHDARKLY_ACCESS_TOKEN=api-00000000-0000-0000-0000-000000000000', reason: 'the nil UUID' },
      ],
    },
  },
  {
    id: 'launchdarkly-sdk-key',
    title: 'LaunchDarkly server-side SDK key',
    category: 'secret',
    kind: 'LAUNCHDARKLY_SDK_KEY',
    severity: 'medium',
    description: 'Lets a server SDK download every flag and segment of one LaunchDarkly environment, including targeting rules that may list users, and send events to it.',
    keywords: ['sdk-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])sdk-${UUID}(?![A-Za-z0-9_-])`),
    minEntropy: 3.0,
    nearbyText: CONTEXT,
    helpUrl: 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys',
    examples: {
      positive: [
        'LD_SDK_KEY=sdk-3f1510be-7bd2-4f1b-81b8-c244117bac30',
        "const client = LaunchDarkly.init('sdk-71381eae-bf6c-4493-99a4-9e723c8870f0');",
      ],
      negative: [
        { text: 'const client = LaunchDarkly.init(process.env.LD_SDK_KEY);', reason: 'a reference to the key, not the key' },
        { text: 'install_id: sdk-8de26c61-1ac4-4166-8f9e-aa57f760faa7', reason: 'no LaunchDarkly context' },
      ],
    },
  },
];
