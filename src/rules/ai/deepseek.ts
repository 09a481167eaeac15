import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from '../saas/builders';

/**
 * DeepSeek and Alibaba DashScope (Qwen) keys share one shape, "sk-" and 32 hex digits, also used by other
 * OpenAI-compatible services: each rule needs its provider named nearby.
 */
const SK_HEX = /(?<![A-Za-z0-9_-])sk-[a-f0-9]{32}(?![A-Za-z0-9_-])/;

export const deepseekRules: readonly Rule[] = [
  {
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    category: 'secret',
    kind: 'DEEPSEEK_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of the DeepSeek API billed to the key owner.',
    keywords: ['deepseek'],
    pattern: SK_HEX,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    nearbyText: { words: ['deepseek'], window: 200, required: true },
    helpUrl: 'https://api-docs.deepseek.com/',
    examples: {
      positive: ['DEEPSEEK_API_KEY=sk-619637132e2697b28130b43ce7aaa1f5', 'client = OpenAI(api_key="sk-d8a2104c0fc027cf02f6bd328f2c907d", base_url="https://api.deepseek.com")'],
      negative: [
        { text: 'api_key = "sk-ff25e1e3a186468ea9bb175d534fa522"  # some OpenAI-compatible service', reason: 'no DeepSeek context' },
        { text: 'DEEPSEEK_API_KEY=sk-b2e7a8f64eb533b9c852acbc', reason: 'too short' },
      ],
    },
  },
  {
    id: 'dashscope-api-key',
    title: 'Alibaba DashScope (Qwen) API key',
    category: 'secret',
    kind: 'DASHSCOPE_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Grants use of Alibaba Cloud Model Studio (Qwen models) billed to the key owner’s account.',
    keywords: ['dashscope', 'qwen'],
    pattern: SK_HEX,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    nearbyText: { words: ['dashscope', 'qwen'], window: 200, required: true },
    helpUrl: 'https://www.alibabacloud.com/help/en/model-studio/get-api-key',
    examples: {
      positive: ['DASHSCOPE_API_KEY=sk-02baaca074c9c5b2313c7a1dca4936f5', 'dashscope.api_key = "sk-18555db62f215fed0cadc2bf8358e85d"'],
      negative: [
        { text: 'DASHSCOPE_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'DASHSCOPE_API_KEY=sk-HVVFJ7j5o7qu3Jhgd1Dx4YRx4CGODkWxVk6Gz7g9ZpsnyZF6', reason: 'not the 32-hex shape' },
      ],
    },
  },
];
