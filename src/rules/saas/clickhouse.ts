import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * ClickHouse Cloud API key secrets: `4b1d` + 38 base62 characters (42 in all). Only the prefix is documented
 * by the secret-scanning programmes; the length is the observed one, so 36 to 40 are accepted. The key id
 * that goes with it has no distinctive shape.
 */
export const clickhouseRules: readonly Rule[] = [
  {
    id: 'clickhouse-cloud-api-secret',
    title: 'ClickHouse Cloud API key secret',
    category: 'secret',
    kind: 'CLICKHOUSE_API_SECRET',
    severity: 'high',
    description: 'With its key id, calls the ClickHouse Cloud API with the key’s role: creates, scales, stops and deletes services and manages members and keys.',
    keywords: ['4b1d'],
    pattern: /(?<![A-Za-z0-9_-])4b1d[A-Za-z0-9]{36,40}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://clickhouse.com/docs/cloud/manage/openapi',
    examples: {
      positive: [
        'CLICKHOUSE_KEY_SECRET=4b1dQdcrq2FuefZJHEXHnHZGH5ElUax7ADbmlL6PeH',
        'curl --user "$KEY_ID:4b1dJLFqTKVbERpSWxbg1Yq83bCrE52ioJU0DvWW3i" https://api.clickhouse.cloud/v1/organizations',
      ],
      negative: [
        { text: 'sha256: 4b1d9c0e77a1f3b2d4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d', reason: 'a hex digest, not a base62 secret' },
        { text: 'CLICKHOUSE_KEY_SECRET=4b1dQdcrq2FuefZJHEXH', reason: 'too short' },
      ],
    },
  },
];
