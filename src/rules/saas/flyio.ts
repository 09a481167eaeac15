import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://fly.io/docs/security/tokens/';

/**
 * Fly.io tokens: legacy personal access tokens `fo1_` + 43 URL-safe base64 characters, and macaroon tokens
 * (`fm1a_`, `fm1r_`, `fm2_` + base64), which `flyctl tokens create` prints after `FlyV1 `, often several
 * joined by commas.
 */
export const flyioRules: readonly Rule[] = [
  {
    id: 'flyio-access-token',
    title: 'Fly.io personal access token',
    category: 'secret',
    kind: 'FLYIO_TOKEN',
    severity: 'high',
    description: 'Full access to the Fly.io account: deploys, scales and deletes the apps and machines of all its organisations.',
    keywords: ['fo1_'],
    pattern: /(?<![A-Za-z0-9_-])fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: ['FLY_API_TOKEN=fo1_Q4eYdiLiY33Dpk3-3vFKvdfwyahmXpGdeE2GsWlyRF9', 'flyctl deploy --access-token fo1_U1FSUIFsbxtVgf_eFZaQdJK33f7qAUZ7Ca05-ZyuO2r'],
      negative: [
        { text: 'FLY_API_TOKEN=fo1_...', reason: 'the prefix alone' },
        { text: 'api_key = "fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', reason: 'a placeholder' },
        { text: 'FLY_API_TOKEN=fo1_kMzShV0d9wnicibMFPMHsBMlWRii1DMx965fk9yYzX0extra', reason: 'too long' },
      ],
    },
  },
  {
    id: 'flyio-macaroon-token',
    title: 'Fly.io deploy or organisation token',
    category: 'secret',
    kind: 'FLYIO_TOKEN',
    severity: 'high',
    description: 'Deploys and manages the Fly.io apps the macaroon token is scoped to, often every app of an organisation.',
    keywords: ['fm1a_', 'fm1r_', 'fm2_'],
    window: 2100,
    pattern: /(?<![A-Za-z0-9_+/-])fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,2000}={0,3}(?![A-Za-z0-9_+/=-])/,
    minEntropy: 4.5,
    helpUrl: HELP,
    examples: {
      positive: [
        'FLY_API_TOKEN="FlyV1 fm2_lJPEQT6aOGDwQAWT1lvCcHNQF7IcZ2UbPIYBktzJ8w2r3sQzNW3FJufgKcQxyV81Tvu5Nec5pU1981/lxtUeiwCu7PxWJbv+qgpfgHfur12TqHIKYW4smnwnrskYXNhlR9fxykJG/3PA0sCBHXfAcxrUzXvaGxfcCNaFEhRlkr9O9SBawrWgRibDryKF29LpCjGnqhcTcOTLZWKiuYqx"',
        'fly secrets set --stage FLY_TOKEN="FlyV1 fm1r_lJPE4CEqIXQP+AjSurN721sqUmj5MGVMheHgwLmDpP1+uekei0fMJtLzOWMhD6Xyp5o/GFix/Fne5j32vrc46/6+hcvlaYmy3eTYAQ5pumPHiO53rkpDkZRM3NFYtIRC8kOXu5ltEfGFnx8nZhBPOWL6Kao2JdKXmAbjOPgb3ujjzpCE9T72GBzLWd0Aas050FBArsFXijFqsMxJ8b2wqDg/pEImMqxhM1hBmsVxA/s54nKCoc4G8cKGugvoK42PSwb3yZ/3r2jQjw73uzcqpnM="',
      ],
      negative: [
        { text: 'FLY_API_TOKEN="FlyV1 fm2_..."', reason: 'the prefix alone' },
        { text: 'FLY_API_TOKEN="FlyV1 fm2_lJPEXPE24sp8Uz5V9T/NAzhLE6dMK+xASNZ0CtTdcDFLLZu+EjMjL6"', reason: 'too short for a macaroon' },
        { text: '<img src="https://cdn.example.org/file/uGoDMy0VXMbLnfm2_z5wgR7CnL7lTZ4bbotjXZtiLWvolNQqWBRFWkcidtzSyhWvta9yPB3E2uyvfJvGpditkaLVIiCCXt9BhFBEdgkXa8ODaM7geHK3pW0tmO_IViHBnG8VZqVfDpaQW0W9IRAUwGv2mPZWVRysPJyDSIuY9b.jpg">', reason: 'inside a longer identifier (an image URL)' },
      ],
    },
  },
];
