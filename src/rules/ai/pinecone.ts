import type { Rule } from '../../engine/types';
import { assigned, mixedCaseAndDigits } from '../saas/builders';

const HELP = 'https://docs.pinecone.io/guides/projects/manage-api-keys';

export const pineconeRules: readonly Rule[] = [
  {
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    category: 'secret',
    kind: 'PINECONE_API_KEY',
    severity: 'high',
    description: 'Reads, writes and deletes the vectors (and their metadata) of every index in a Pinecone project.',
    keywords: ['pcsk_'],
    pattern: /(?<![A-Za-z0-9_-])pcsk_[A-Za-z0-9]{5,7}_[A-Za-z0-9]{60,70}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['PINECONE_API_KEY=pcsk_PESYnd_kgEOhTXli4tpNinRgjJF3AvtkNYPjgHQ0rghgAPIvM083I6UyGxIBDol2W1FFQc', "pc = Pinecone(api_key='pcsk_4gQf9g_ho8Myp9TWMl26pNJMKhaUjck3Ngq4HvzDbNW8GIneo1h6BKfeRMP5Wr5XBXQRQy')"],
      negative: [
        { text: 'PINECONE_API_KEY=pcsk_...', reason: 'the prefix alone' },
        { text: 'placeholder: "pcsk_6Nl7nu_uXlNoJW6cEHeMwwl5q1A"', reason: 'too short' },
      ],
    },
  },
  {
    id: 'pinecone-legacy-api-key',
    title: 'Pinecone API key (legacy UUID)',
    category: 'secret',
    kind: 'PINECONE_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'A legacy Pinecone key: reads, writes and deletes the vectors of the project’s indexes.',
    keywords: ['pinecone'],
    pattern: assigned('pinecone', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    secretGroup: 1,
    helpUrl: HELP,
    examples: {
      positive: ['PINECONE_API_KEY=6de7cc50-b2f1-441c-a5b9-ea68d5db5daf', '  pinecone_api_key: "0005c506-87f9-4634-afd0-141421445e23"'],
      negative: [
        { text: 'PINECONE_API_KEY=00000000-0000-0000-0000-000000000000', reason: 'the nil UUID: a placeholder' },
        { text: 'request_id = "d72fd77e-56f1-44f3-a2cf-c39af4b31aff"', reason: 'a UUID without Pinecone context' },
      ],
    },
  },
];
