import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

/**
 * CAST AI API keys: `castai_v1_` + 64 characters + `_` + 8 characters. The shape is the one seen in issued
 * keys; CAST AI documents only that keys are created in the console, so the parts are not checked further.
 */
export const castaiRules: readonly Rule[] = [
  {
    id: 'castai-api-key',
    title: 'CAST AI API key',
    category: 'secret',
    kind: 'CASTAI_API_KEY',
    severity: 'high',
    description: 'Calls the CAST AI API for the organisation: with a full-access key it changes the autoscaling and node configuration of the connected Kubernetes clusters.',
    keywords: ['castai_v1_'],
    pattern: /(?<![A-Za-z0-9_-])castai_v1_[A-Za-z0-9]{64}_[A-Za-z0-9]{8}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.cast.ai/docs/authentication',
    examples: {
      positive: [
        'CASTAI_API_TOKEN=castai_v1_QrOBAX3WMtJmuucoJUfgRiwb0MgfYw9f7fAYNmqlhDrRZCtH0SCEQW4uHxg1NkWU_c40OpOZ7',
        'provider "castai" {\n  api_token = "castai_v1_Xmr1lX68e9H44ephI1rkabfkFYjEe9UkHB13I28rIZKDCOtdsSNBCQZ6E0mZYd2N_p7N6BOQl"\n}',
      ],
      negative: [
        { text: 'CASTAI_API_TOKEN=castai_v1_...', reason: 'the prefix alone' },
        { text: 'CASTAI_API_TOKEN=castai_v1_QrOBAX3WMtJmuucoJUfgRiwb0MgfYw9f7fAYNmqlhDrRZCtH0SCEQW4uHxg1NkWU', reason: 'without its last part' },
      ],
    },
  },
];
