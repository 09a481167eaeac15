import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

/** Tavily search API keys: `tvly-`, for newer keys an environment (`dev-`, `prod-`), then 32 base62 characters. */
export const tavilyRules: readonly Rule[] = [
  {
    id: 'tavily-api-key',
    title: 'Tavily API key',
    category: 'secret',
    kind: 'TAVILY_API_KEY',
    severity: 'high',
    description: 'Runs web searches for AI agents on the owner’s plan and credits.',
    keywords: ['tvly-'],
    pattern: /(?<![A-Za-z0-9_-])tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.tavily.com',
    examples: {
      positive: ['TAVILY_API_KEY=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', 'client = TavilyClient(api_key="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")', 'tavily_key: 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'],
      negative: [
        { text: 'TAVILY_API_KEY=tvly-YOUR_API_KEY', reason: 'a placeholder' },
        { text: 'TAVILY_API_KEY=tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
      ],
    },
  },
];
