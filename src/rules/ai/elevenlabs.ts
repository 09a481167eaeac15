import type { Rule } from '../../engine/types';
import { assigned, mixesLettersAndDigits } from '../saas/builders';

export const elevenlabsRules: readonly Rule[] = [
  {
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    category: 'secret',
    kind: 'ELEVENLABS_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Generates speech and clones voices billed to the key owner, and reads their voice library.',
    keywords: ['elevenlabs', 'eleven_', 'xi-api-key', 'xi_api_key'],
    pattern: assigned('elevenlabs|eleven_|xi[_-]api[_-]key', '(?:sk_[a-f0-9]{48}|[a-f0-9]{32})'),
    secretGroup: 1,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://elevenlabs.io/docs/api-reference/authentication',
    examples: {
      positive: ['ELEVENLABS_API_KEY=sk_bcb4c406df7cb3939fdca70529127473ec00d1e80e8e471d', 'headers = {"xi-api-key": "34b5f0ba283f4195e7f220d3e5030ee2"}'],
      negative: [
        { text: 'ELEVENLABS_VOICE_ID=21m00Tcm4TlvDq8ikWAM', reason: 'a voice id, not a key' },
        { text: 'ELEVENLABS_API_KEY=sk_...', reason: 'the prefix alone' },
      ],
    },
  },
];
