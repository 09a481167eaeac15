import type { Rule } from '../../engine/types';

const HELP = 'https://api.slack.com/concepts/token-types';

/** Slack tokens: "xox" + a type letter (b bot, p user, a/r workspace and refresh, e configuration), app-level "xapp-". */
export const slackRules: readonly Rule[] = [
  {
    id: 'slack-bot-token',
    title: 'Slack bot token',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'Acts as the Slack app’s bot: reads the channels it is in and posts as it.',
    keywords: ['xoxb-'],
    pattern: /(?<![A-Za-z0-9_-])xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    helpUrl: HELP,
    examples: {
      positive: ['SLACK_BOT_TOKEN=xoxb-894968906432-7169638108576-sx3CQqjDkbstHHD9G9xZDjyF', "app = App(token='xoxb-20099199888-696637408581-uB9Ub8ZF6IhmEYDVS4mMXy65')"],
      negative: [
        { text: 'SLACK_BOT_TOKEN=xoxb-your-bot-token', reason: 'a placeholder' },
        { text: 'SLACK_BOT_TOKEN=xoxb-696639320659-2300611702734-fvnBn4hymm', reason: 'secret part too short' },
      ],
    },
  },
  {
    // Bot tokens issued before 2019 (classic apps, legacy "bots" integrations): one numeric part, then the
    // secret. The random part's length is not documented; 18 to 26 characters are accepted.
    id: 'slack-legacy-bot-token',
    title: 'Slack bot token (legacy format)',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'Acts as a classic Slack bot: reads the channels it is in and posts as it.',
    keywords: ['xoxb-'],
    pattern: /(?<![A-Za-z0-9_-])xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [({ value }) => /[A-Za-z]/.test(value.slice(value.lastIndexOf('-') + 1))],
    helpUrl: HELP,
    examples: {
      positive: ['SLACK_BOT_TOKEN=xoxb-64882663111-H1aocl6KWGnER2QfnFkN3bpS', "bot = SlackClient('xoxb-7854476257-ezCeTySHZKpZcmxn4I7S9Vlm')"],
      negative: [
        { text: 'SLACK_BOT_TOKEN=xoxb-00000000000-xxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'SLACK_BOT_TOKEN=xoxb-64882663111-H1aocl6KWGn', reason: 'secret part too short' },
      ],
    },
  },
  {
    id: 'slack-user-token',
    title: 'Slack user token',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'Acts as a Slack user: reads their channels and direct messages and posts as them.',
    keywords: ['xoxp-'],
    pattern: /(?<![A-Za-z0-9_.-])xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    helpUrl: HELP,
    examples: {
      positive: ['SLACK_USER_TOKEN=xoxp-607569575699-668613178595-9211261790583-d8bce18ca78cef126c83e58785c7f607', 'token: "xoxp-4146849710-69601943474-074196095309-f39c423480f00bae32500c262077affb"'],
      negative: [
        { text: 'SLACK_USER_TOKEN=xoxp-...', reason: 'the prefix alone' },
        { text: 'SLACK_USER_TOKEN=xoxp-423984234987-860451490653-06011beea7b841dacb9611a96ff9c540', reason: 'a part missing' },
      ],
    },
  },
  {
    id: 'slack-workspace-token',
    title: 'Slack workspace or refresh token (legacy)',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'A workspace-app access token (xoxa) or a refresh token (xoxr): acts on the workspace.',
    keywords: ['xoxa-', 'xoxr-'],
    pattern: /(?<![A-Za-z0-9_-])xox[ar]-(?:[0-9]-)?[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32,64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    helpUrl: HELP,
    examples: {
      positive: ['SLACK_TOKEN=xoxa-2-065431397320-212945923819-4067692087495-ea6edcc092bc0bafa1904eb70e9cdfeb44d6b464c05bd1c183ea85e6dd1df289', 'refresh_token = "xoxr-612191242787-229573645996-703114898710-470ae97f489aba6e82e8dc0c08c317a1"'],
      negative: [
        { text: 'SLACK_TOKEN=xoxa-2-...', reason: 'the prefix alone' },
        { text: 'xoxa-legacy-workspace-app', reason: 'a name, not a token' },
      ],
    },
  },
  {
    id: 'slack-legacy-token',
    title: 'Slack legacy or session token',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'A legacy test token (xoxo) or a browser session token (xoxs): acts as the user.',
    keywords: ['xoxo-', 'xoxs-'],
    pattern: /(?<![A-Za-z0-9_-])xox[os]-[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-[a-f0-9]{10,64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.0,
    helpUrl: HELP,
    examples: {
      positive: ['SLACK_LEGACY_TOKEN=xoxs-2782164009-57138417179-045032652460-4a9e7d8cfc377ca2060f873bbcca914dff768fa9be8b60b382127bf3f1085670', 'token = "xoxo-7437249104-24646468278-669668863662-88af51af92"'],
      negative: [
        { text: 'SLACK_TOKEN=xoxs-...', reason: 'the prefix alone' },
        { text: 'SLACK_TOKEN=xoxs-3590055693-1160a2b22c19ab553861558ec8601bee', reason: 'parts missing' },
      ],
    },
  },
  {
    id: 'slack-config-access-token',
    title: 'Slack configuration access token',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'An app configuration token: creates and changes the workspace’s Slack apps and their scopes.',
    keywords: ['xoxe.xoxp-', 'xoxe.xoxb-'],
    pattern: /(?<![A-Za-z0-9_-])xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{160,170}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: 'https://api.slack.com/authentication/config-tokens',
    examples: {
      positive: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-xmvnihOYYHyufZjn2HdTSalWnb6Y040dMDJR6tQCbk6jOUOANtDOE0DzdIAJN6t1AFTzt882NUuRO1PJNhpJ6XbJic4pK83K2TTBEalA3Fi35cAlC2W4Zyr9eacGg0aJUbPDzzw9Gj4JmI8YZYdU0Xxy10obrHyIzyi', 'config_token: "xoxe.xoxb-1-0OXW4HFP0SNQ2CC3E7H1AOZZ8G0064BRS9FRFWTQZE3K24WPCAYI8SJNC3ZV17UWIBKR6I6KDS7ANA8H3ZJ6M1ECYK5ZZ3JYK3YJFOPF4RYGMHBRXZSJMYBW3QERH7892LQV8REN3YMKXE5IGZSINCGRBYNHD3JY1D0DOF"'],
      negative: [
        { text: 'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...', reason: 'the prefix alone' },
        { text: 'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-Mnu4wnHB0dBPphoWVhsFIgaRG9TCDVOPkKm7VIgM64sjcjuINRNsAlociUIE', reason: 'too short' },
      ],
    },
  },
  {
    id: 'slack-config-refresh-token',
    title: 'Slack configuration refresh token',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'Renews Slack configuration tokens, which create and change the workspace’s apps.',
    keywords: ['xoxe-'],
    pattern: /(?<![A-Za-z0-9_.-])xoxe-[0-9]-[A-Za-z0-9]{140,150}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: 'https://api.slack.com/authentication/config-tokens',
    examples: {
      positive: ['SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-1LY9E4UB0Z572SBMLUXG9N8I58CP8Y1LM74QRL1T9BKJXQ1Z30NCT5PLI6126GDEG0Z2Q3LMCZDHJRSGCNQ8C7XU32HV359NR1JEU6KU9KM218QIIEHBETO3OY7J0HI0P0HPT1C0I6P7SRY7QF', 'refresh: "xoxe-1-Vs1U3Kl7NGVXmmQG7H6yAmNWkMj4k1D0QRqgxK6xcpjjAaDaD05riGJuYKF0zNierezLXTKGgImyhJvMkzc74tqUaRuMUPzQhmJTBAf7Wjuj2c1Y35lLpb5519Kkl83U3dShNvLah60hOWlMJr"'],
      negative: [
        { text: 'SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-...', reason: 'the prefix alone' },
        { text: 'SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-GNE22D3IFQ0LOB6CH26AVI7FOYQ57IWVKV9EHVDCKOKCN9U6RA', reason: 'too short' },
      ],
    },
  },
  {
    id: 'slack-app-token',
    title: 'Slack app-level token',
    category: 'secret',
    kind: 'SLACK_TOKEN',
    severity: 'high',
    description: 'An app-level token: opens Socket Mode connections and receives the app’s events.',
    keywords: ['xapp-'],
    pattern: /(?<![A-Za-z0-9_-])xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,16}-[a-f0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    helpUrl: 'https://api.slack.com/authentication/token-types#app-level',
    examples: {
      positive: ['SLACK_APP_TOKEN=xapp-1-ALMDOG3RDOC-2583465408585-4e802a6eb7b27a254108538679258b9dd9d902d4a11ea937371906a577e7ec48', "SocketModeHandler(app, 'xapp-1-A3YLD115BZ3-8501815055612-23321c12954bb966a6f020ded9551957c9bd835d703dc10e039dcb07df275d35')"],
      negative: [
        { text: 'SLACK_APP_TOKEN=xapp-1-...', reason: 'the prefix alone' },
        { text: 'SLACK_APP_TOKEN=xapp-1-ASS9D1NQKD8-3240844412867', reason: 'secret part missing' },
      ],
    },
  },
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    category: 'secret',
    kind: 'SLACK_WEBHOOK',
    severity: 'high',
    description: 'Posts any message into the Slack channel it is bound to, appearing as the integration.',
    keywords: ['hooks.slack.com/services/'],
    pattern: /https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    helpUrl: 'https://api.slack.com/messaging/webhooks',
    examples: {
      positive: ['SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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', 'url: "https://hooks.slack.com/services/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"'],
      negative: [
        { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', reason: 'Slack’s documentation placeholder' },
        { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/...', reason: 'the prefix alone' },
      ],
    },
  },
  {
    id: 'slack-workflow-webhook-url',
    title: 'Slack workflow webhook URL',
    category: 'secret',
    kind: 'SLACK_WEBHOOK',
    severity: 'high',
    description: 'Starts the Slack workflow it belongs to with any input, posting messages as that workflow.',
    keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
    pattern: /https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?[0-9]{8,20}\/[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    helpUrl: 'https://slack.com/help/articles/360041352714',
    examples: {
      positive: [
        'SLACK_WORKFLOW_URL=https://hooks.slack.com/workflows/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',
        'webhook: https://hooks.slack.com/triggers/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',
      ],
      negative: [
        { text: 'https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/...', reason: 'a placeholder' },
        { text: 'https://hooks.slack.com/triggers/TB7OIN2WEHS/8583037232001', reason: 'secret part missing' },
      ],
    },
  },
];
