import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from '../saas/builders';

export const azureOpenaiRules: readonly Rule[] = [
  {
    id: 'azure-openai-api-key',
    title: 'Azure OpenAI API key',
    category: 'secret',
    kind: 'AZURE_OPENAI_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of an Azure OpenAI resource’s deployments, billed to its Azure subscription.',
    keywords: ['azure_openai', 'azure-openai', 'azureopenai', 'aoai'],
    pattern: assigned('azure[_-]?openai|aoai', '(?:[a-f0-9]{32}|[A-Za-z0-9]{84})'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://learn.microsoft.com/en-us/azure/ai-services/openai/reference',
    examples: {
      positive: ['AZURE_OPENAI_API_KEY=923506d0c2bd4583097abd02372adfa8', 'azure_openai_key: "PhtWtO69Uhw4vh3NVvl1WnVJcTPDjSvfP2f7o9133ZsXz5r52HYbdQdQhIkTe4GoGV6yxwYq6hyuMHRQB8cS"'],
      negative: [
        { text: 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/', reason: 'an endpoint, not a key' },
        { text: 'AZURE_OPENAI_API_VERSION=2024-02-15-preview', reason: 'an API version' },
      ],
    },
  },
];
