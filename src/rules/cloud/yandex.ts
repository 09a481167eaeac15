import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits, tailEntropy } from '../saas/builders';

const HELP = 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key';

/**
 * Yandex Cloud credentials with a fixed prefix. API keys start with `AQVN`; 40 characters in all is what
 * keys seen in the wild show, but Yandex does not document the length, so 35 to 40 characters after the
 * prefix are accepted. IAM tokens start with `t1.` and end in a dot and a signature of about 86 URL-safe
 * base64 characters (not documented either: 80 to 100 accepted). Static access keys for the S3-compatible
 * API (`YC...`) are too short a prefix to tell from other values and are left to the generic rules.
 */
export const yandexRules: readonly Rule[] = [
  {
    id: 'yandex-cloud-api-key',
    title: 'Yandex Cloud API key',
    category: 'secret',
    kind: 'YANDEX_CLOUD_KEY',
    severity: 'high',
    description: 'Calls Yandex Cloud APIs (SpeechKit, Vision, YandexGPT and others) as the service account that owns it, at that account’s expense.',
    keywords: ['aqvn'],
    pattern: /(?<![A-Za-z0-9_-])AQVN[A-Za-z0-9_-]{35,40}(?![A-Za-z0-9_-])/,
    validators: [tailEntropy(4, 4.0), mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: [
        'YC_API_KEY=AQVNrmuZF2DQuM0ELR-aw9sbfa7x9dAPkXk0KY1-',
        "headers = {'Authorization': 'Api-Key AQVNMh8bZ0bmOhXw4nUuC8ylbBA5L96_gxjMPcy0'}",
      ],
      negative: [
        { text: 'YC_API_KEY=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'YC_API_KEY=AQVNB_KkfM3gLfGVXIZ81wC', reason: 'too short' },
      ],
    },
  },
  {
    id: 'yandex-cloud-iam-token',
    title: 'Yandex Cloud IAM token',
    category: 'secret',
    kind: 'YANDEX_CLOUD_KEY',
    severity: 'medium',
    description: 'Acts in Yandex Cloud as the user or service account it was issued to, for up to 12 hours.',
    keywords: ['t1.'],
    pattern: /(?<![A-Za-z0-9_.-])t1\.[A-Za-z0-9_-]{40,600}={0,2}\.[A-Za-z0-9_-]{80,100}={0,2}(?![A-Za-z0-9_.-])/,
    validators: [tailEntropy(3, 4.5), mixedCaseAndDigits],
    helpUrl: 'https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token',
    examples: {
      positive: [
        'export IAM_TOKEN=t1.aetVenNgcmGvvVNYnk7smaJ265X_B6q_CwOnRII6-5O7dcECZivzqJAi88r-Uz3vpv2RaCsf7-rkpQouNN54S2nAWNOYd5b28SxajwXBXVwxCEDa1BCL1qmN.4Egnypy11_ngyzOAr_ohIUbfweihUswIaWAv6IiU_5Qxc7mOIGW90eAx2nmHezYDcysvS9hvpcX7Lqm1id78oi',
        'curl -H "Authorization: Bearer t1.rCXEnnWlp-ZoIifqNxCk9m77cKhZx9kryVPLogIt2aW5IZyNGhweuwrKgyfINvBvprjd5SgkVM10IwKudBucaCBMPQzF63owWndCadiPag-nAvj1e0MBKLsM.H3rewUYb-2bgfrMEolWh3LQZzUon0FKC77yqT78x3i2oM9Tao2wnhB6jJh4EkEWjNMymrXCcHLjap4tppzC4lz" https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds',
      ],
      negative: [
        { text: 'export IAM_TOKEN=t1.9euelZ...', reason: 'a truncated token in documentation' },
        { text: 'assert t1.start_time < t2.start_time', reason: 'a variable named t1, not a token' },
      ],
    },
  },
];
