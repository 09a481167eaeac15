import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/**
 * Adafruit IO keys: `aio_` + 28 base62 characters (32 in all). The length is seen in keys issued today but not
 * documented, so 26 to 30 are accepted. Keys made before the prefix existed are plain 32-character hex
 * values: left to the generic assignment rules.
 */
export const adafruitRules: readonly Rule[] = [
  {
    id: 'adafruit-io-key',
    title: 'Adafruit IO key',
    category: 'secret',
    kind: 'ADAFRUIT_IO_KEY',
    severity: 'high',
    description: 'Reads and writes every feed, dashboard and trigger of the Adafruit IO account, so it can read sensors and drive the devices listening to them.',
    keywords: ['aio_'],
    pattern: /(?<![A-Za-z0-9_-])aio_[A-Za-z0-9]{26,30}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [randomPartMixes(4)],
    helpUrl: 'https://io.adafruit.com/api/docs/#authentication',
    examples: {
      positive: [
        'ADAFRUIT_IO_KEY=aio_vOLod8YrDayZJZ1ruNLj5uUiV9L6',
        "aio = Client('greenhouse-bot', 'aio_sQDbXooVpLjSgATGGUJzKUkTYuc8')",
      ],
      negative: [
        { text: 'ADAFRUIT_IO_KEY=aio_...', reason: 'the prefix alone' },
        { text: 'ADAFRUIT_IO_KEY=aio_vOLod8YrDayZJZ1r', reason: 'too short' },
        { text: 'from aiohttp import aio_ConnectionPoolManagerHandler', reason: 'an identifier: letters only' },
      ],
    },
  },
];
