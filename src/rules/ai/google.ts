import type { Rule } from '../../engine/types';

/** Words that tie a Google API key to Gemini / the Generative Language API. */
const GEMINI_CONTEXT = ['gemini', 'generativelanguage', 'genai', 'google_ai', 'googleai', 'aistudio', 'ai studio'];

/**
 * A Google API key (AIza + 35 characters) used for Gemini. The same key format serves every Google API,
 * so this rule needs Gemini context; it shares its kind with the generic Google API key rule of the cloud
 * group, and wins over it where both match (see ai/index.ts).
 */
export const googleAiRules: readonly Rule[] = [
  {
    id: 'gemini-api-key',
    title: 'Google Gemini API key',
    category: 'secret',
    kind: 'GCP_API_KEY',
    severity: 'high',
    description: 'Grants use of the Gemini API (Google AI Studio) billed to the key’s Google Cloud project.',
    keywords: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    nearbyText: { words: GEMINI_CONTEXT, window: 120, required: true },
    helpUrl: 'https://ai.google.dev/gemini-api/docs/api-key',
    examples: {
      positive: [
        'GEMINI_API_KEY=AIzacFdoCsfuVsDGKtqnN4mE6OSwxHTXbStrB-d',
        'genai.configure(api_key="AIzabWYPVGDM5GlJDWJhjSqxhi-QUbrh9uJUVoq")',
        'curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=AIzaY2yZ2Aq2NmmH64-vgfoSuSgQ5Xy237hw8GS"',
      ],
      negative: [
        { text: 'MAPS_KEY=AIzajZlaEThfsAYXlliYjfBN1MU3So36XqB2I99', reason: 'no Gemini context: left to the generic Google API key rule' },
        { text: 'GEMINI_API_KEY=AIzahuAgEf7Jh7xOzbEynrFIvtvn28dAq8', reason: 'too short' },
        { text: 'GEMINI_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'a placeholder' },
      ],
    },
  },
];
