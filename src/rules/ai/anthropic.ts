import type { Rule } from '../../engine/types';

const HELP = 'https://docs.anthropic.com/en/api/getting-started';

/** Anthropic keys: "sk-ant-", a kind and version ("api03", "admin01", "oat01"), 93 random characters, then "AA". */
export const anthropicRules: readonly Rule[] = [
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    category: 'secret',
    kind: 'ANTHROPIC_API_KEY',
    severity: 'high',
    description: 'Grants use of the Claude API billed to the key owner’s Anthropic organisation.',
    keywords: ['sk-ant-api03-'],
    pattern: /(?<![A-Za-z0-9_-])sk-ant-api03-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: HELP,
    examples: {
      positive: [
        'ANTHROPIC_API_KEY=sk-ant-api03-i6UF2UXvecwFmxLLMbrgidt6fuU43iQnuVHI1YWN-KzzDLOfLhRDtyMhw8SEDV10jhcDuFv3fZOPq_Vu5oLouV1DmrlFPAA',
        'client = anthropic.Anthropic(api_key="sk-ant-api03-hFiOqAwKGZnCHGSpJ5vHeQDjD9DeLNPdgL0d0zNv2dG0bLZHjzMo0G4W4EOHTtLOPQwacSd3StpQBSktoWu84ISSmgU7pAA")',
      ],
      negative: [
        { text: 'ANTHROPIC_API_KEY=sk-ant-api03-...', reason: 'the prefix alone, as documentation writes it' },
        { text: 'ANTHROPIC_API_KEY=sk-ant-api03-lao3OlFiEHXDYszn8JCBj_C_dO2l5rSw8vrnSiXj86xUCK14yFls1oF5km9FivFcS7akOIyiELsudbw0WEb3We58LnsniAB', reason: 'does not end in AA' },
        { text: 'ANTHROPIC_API_KEY=sk-ant-api03-7lTMPCnDrNmlXbIUoCAXt0YYQdsZafIPW0p8ydMChvYhoQ9lzl0cBBRtD1qsqm31iKWZ6JQghEDDZ0GaAA', reason: 'too short' },
      ],
    },
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic admin API key',
    category: 'secret',
    kind: 'ANTHROPIC_API_KEY',
    severity: 'high',
    description: 'Manages the Anthropic organisation: members, workspaces and API keys.',
    keywords: ['sk-ant-admin01-'],
    pattern: /(?<![A-Za-z0-9_-])sk-ant-admin01-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: 'https://docs.anthropic.com/en/api/administration-api',
    examples: {
      positive: ['ANTHROPIC_ADMIN_KEY=sk-ant-admin01-dcY6WATFDf_kmk5aK1YZrkrapBsE-Rr-cFAjoFQ_KdZwBaFFhTWy1f3TJD0Rr0QjUbU6jmZMyiZap7Z4rVX3BWHG3PyFPAA', '"x-api-key": "sk-ant-admin01-q-G_SjgbiIy2ndTbi-kz3IiVqLMcYd4d3vJcAEyCHCijN9HH8aCbJUmiVusHRCPYA1rKZ5kEVbMqiLDGx1E2_3vphPR6TAA"'],
      negative: [
        { text: 'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-<your-key>', reason: 'a placeholder' },
        { text: 'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-IJpJU728lxwSka9IsZ-TdMgO5DASRP4nWZS3hzU0q39KnJ0XQuxzmjfN7x55cMyf5w3fRPcWLckCHVUoX9yzZvFilYP-xAAx', reason: 'continues past the final AA' },
      ],
    },
  },
  {
    id: 'anthropic-oauth-token',
    title: 'Anthropic OAuth token',
    category: 'secret',
    kind: 'ANTHROPIC_API_KEY',
    severity: 'high',
    description: 'An OAuth access or refresh token of a Claude account (Claude Code): acts as that user.',
    keywords: ['sk-ant-oat01-', 'sk-ant-ort01-'],
    pattern: /(?<![A-Za-z0-9_-])sk-ant-o[ar]t01-[A-Za-z0-9_-]{80,120}AA(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    examples: {
      positive: ['CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-9k2TWL1-TRAJMrpiJXBD6ObVUbsVK4mzzwWV8SEGB1WBO3arn-R-d_OzXij0PrUeYiglSUGUbmuIDo839GwcBKMkDNcrpAA', 'refresh: "sk-ant-ort01-1vgjlSKKW9Ww9iA3dB4VKLFy42ztaf7DFIS5AXCVdRrcN_0xFLqZOmi-lDGqhzmceIrNLbcX1VqqeoPeuuxkSMwzYnHx6AA"'],
      negative: [
        { text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...', reason: 'the prefix alone' },
        { text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-qAiyv93GADqbNMXFbZI1r4_NcwhVE1jZrKZobDZZAA', reason: 'too short' },
      ],
    },
  },
];
