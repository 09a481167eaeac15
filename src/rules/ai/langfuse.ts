import type { Rule } from '../../engine/types';

export const langfuseRules: readonly Rule[] = [
  {
    id: 'langfuse-secret-key',
    title: 'Langfuse secret key',
    category: 'secret',
    kind: 'LANGFUSE_SECRET_KEY',
    severity: 'high',
    description: 'Reads the Langfuse project’s traces (prompts, completions, user data) and writes to it.',
    keywords: ['sk-lf-'],
    pattern: /(?<![A-Za-z0-9_-])sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
    helpUrl: 'https://langfuse.com/docs/get-started',
    examples: {
      positive: ['LANGFUSE_SECRET_KEY=sk-lf-44d4934e-c7e2-4a1b-a267-abeba1999844', 'Langfuse(public_key="pk-lf-b9b325f2-f61a-40dc-a010-929a26bea487", secret_key="sk-lf-dc455046-172d-4d80-acf2-4c5fe1226ce3")'],
      negative: [
        { text: 'LANGFUSE_PUBLIC_KEY=pk-lf-390e2947-58b8-45f8-adf5-1c222e973712', reason: 'the public key, meant to be shared' },
        { text: 'LANGFUSE_SECRET_KEY=sk-lf-...', reason: 'the prefix alone' },
      ],
    },
  },
];
