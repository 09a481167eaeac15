import type { Rule } from '../../engine/types';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const microsoftTeamsRules: readonly Rule[] = [
  {
    id: 'microsoft-teams-webhook-url',
    title: 'Microsoft Teams incoming webhook URL',
    category: 'secret',
    kind: 'TEAMS_WEBHOOK',
    severity: 'high',
    description: 'Posts any message into the Teams channel it is bound to.',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
    pattern: new RegExp(
      `https://(?:[a-z0-9-]{1,40}\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,80})?`,
    ),
    minEntropy: 3.5,
    helpUrl: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    examples: {
      positive: [
        'TEAMS_WEBHOOK=https://contoso.webhook.office.com/webhookb2/e8742164-bef3-4708-aaa6-455131b956e1@2826fc0a-3492-4ce9-adf0-089a45548fa7/IncomingWebhook/634d879051675611049c593c0092a221/7116a8e6-b95c-49ea-affe-1dc510f0172c',
        'url: https://outlook.office.com/webhook/426683c0-92f3-4606-a2f5-44e9b3fdc783@fc188547-7db9-4f2b-a08c-74fde0387b6a/IncomingWebhook/c52b6c810668a73b652f3836924e54f9/81ab6014-b5f2-46e4-a56c-70c049717c15',
      ],
      negative: [
        { text: 'https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>', reason: 'a placeholder' },
        { text: 'https://contoso.webhook.office.com/webhookb2/566d2d0e-4549-43ed-abb0-001b56a9b1c1@554bf580-4625-4935-ab4b-2deab90f4162', reason: 'incomplete URL' },
      ],
    },
  },
];
