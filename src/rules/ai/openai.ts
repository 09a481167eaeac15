import type { Rule, RuleExamples, Validator } from '../../engine/types';
import { shannonEntropy } from '../../engine/validators';

const HELP = 'https://platform.openai.com/docs/api-reference/authentication';

/** Every OpenAI secret key carries "T3BlbkFJ" (base64 of "OpenAI") between two random halves. */
const MARKER = 'T3BlbkFJ';

/**
 * Prefixed keys (sk-proj-, sk-svcacct-, sk-admin-) carry the marker too; a long, random key with the
 * prefix but without the marker is still reported, at medium confidence.
 */
const markerOrLongRandom: Validator = ({ value }) => {
  if (value.includes(MARKER)) return true;
  const tail = value.slice(value.indexOf('-', 3) + 1);
  return tail.length >= 100 && shannonEntropy(tail) >= 4.5 ? { confidence: 'medium' } : false;
};

function prefixedKey(id: string, prefix: string, title: string, description: string, { examples }: { examples: Pick<RuleExamples, 'positive'> }): Rule {
  const body = '[A-Za-z0-9_-]{40,300}';
  return {
    id,
    title,
    category: 'secret',
    kind: 'OPENAI_API_KEY',
    severity: 'high',
    description,
    keywords: [prefix],
    window: 320,
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${prefix}${body}(?![A-Za-z0-9_-])`),
    minEntropy: 4.0,
    validators: [markerOrLongRandom],
    helpUrl: HELP,
    examples: {
      positive: examples.positive,
      negative: [
        { text: `OPENAI_API_KEY=${prefix}...`, reason: 'the prefix alone, as documentation writes it' },
        { text: `OPENAI_API_KEY=${prefix}abc123def456ghi789jkl012mno345pqr678stu901`, reason: 'short, no marker: a made-up sequence' },
        { text: `key = "${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`, reason: 'a run of x: a placeholder' },
      ],
    },
  };
}

export const openaiRules: readonly Rule[] = [
  {
    id: 'openai-api-key',
    title: 'OpenAI API key (user key)',
    category: 'secret',
    kind: 'OPENAI_API_KEY',
    severity: 'high',
    description: 'Grants use of the OpenAI API billed to the key owner and access to their files, assistants and fine-tunes.',
    keywords: ['t3blbkfj'],
    pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_-])/,
    helpUrl: HELP,
    examples: {
      positive: [
        'OPENAI_API_KEY=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',
        'openai.api_key = "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"',
      ],
      negative: [
        { text: 'OPENAI_API_KEY=sk-HPmhgBjPkfs24WU9UO0rELKfo81xiUE4AxnD9VQ9TH7hB32L', reason: 'no T3BlbkFJ marker: not an OpenAI user key' },
        { text: 'OPENAI_API_KEY=sk-BYLhJSqtkuLGTAAepb1T3BlbkFJGK3aw2NugDonEOGFD1jK', reason: 'first half one character short' },
        { text: 'token: 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_v2', reason: 'continues as a longer identifier' },
      ],
    },
  },
  prefixedKey(
    'openai-project-key',
    'sk-proj-',
    'OpenAI project API key',
    'Grants use of the OpenAI API within a project, billed to its organisation, with access to its data.',
    { examples: { positive: ['OPENAI_API_KEY=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', 'client = OpenAI(api_key="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")'] } },
  ),
  prefixedKey(
    'openai-service-account-key',
    'sk-svcacct-',
    'OpenAI service account key',
    'A project service-account key: unattended access to the OpenAI API billed to the organisation.',
    { examples: { positive: ['OPENAI_API_KEY: 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', 'export OPENAI_KEY="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"'] } },
  ),
  prefixedKey(
    'openai-admin-key',
    'sk-admin-',
    'OpenAI admin API key',
    'An organisation admin key: manages users, projects, keys and billing of the whole OpenAI organisation.',
    { examples: { positive: ['OPENAI_ADMIN_KEY=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', 'admin_key: "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"'] } },
  ),
];
