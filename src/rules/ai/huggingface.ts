import type { Rule } from '../../engine/types';

const HELP = 'https://huggingface.co/docs/hub/security-tokens';

/** Hugging Face tokens: "hf_" (user access tokens) or "api_org_" (legacy organisation tokens) and 34 letters. */
export const huggingfaceRules: readonly Rule[] = [
  {
    id: 'huggingface-access-token',
    title: 'Hugging Face access token',
    category: 'secret',
    kind: 'HUGGINGFACE_TOKEN',
    severity: 'high',
    description: 'Acts as the Hugging Face user: reads private models and datasets, and with write scope pushes to them.',
    keywords: ['hf_'],
    pattern: /(?<![A-Za-z0-9_-])hf_[A-Za-z]{34}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [({ value }) => /[a-z]/.test(value.slice(3)) && /[A-Z]/.test(value)],
    helpUrl: HELP,
    examples: {
      positive: ['HF_TOKEN=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', 'login(token="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")'],
      negative: [
        { text: 'HF_TOKEN=hf_...', reason: 'the prefix alone' },
        { text: 'HF_TOKEN=hf_PqUHcwtkjiBmDwvQyqwolOBeRjWVCG', reason: 'too short' },
        { text: 'def hf_download_pretrained_weights_from_hub_cache(): pass', reason: 'an identifier: lower case words and underscores' },
      ],
    },
  },
  {
    id: 'huggingface-org-token',
    title: 'Hugging Face organisation API token',
    category: 'secret',
    kind: 'HUGGINGFACE_TOKEN',
    severity: 'high',
    description: 'A legacy organisation token: acts on the organisation’s private models and datasets.',
    keywords: ['api_org_'],
    pattern: /(?<![A-Za-z0-9_-])api_org_[A-Za-z]{34}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [({ value }) => /[a-z]/.test(value.slice(8)) && /[A-Z]/.test(value)],
    helpUrl: HELP,
    examples: {
      positive: ['HUGGINGFACE_ORG_TOKEN=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', "headers = {'Authorization': 'Bearer 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'}"],
      negative: [
        { text: 'token = "api_org_CphmOIxdjHCUECYKHFyj"', reason: 'too short' },
        { text: 'api_org_settings_members_and_billing_page = 1', reason: 'an identifier, not a token' },
      ],
    },
  },
];
