import type { Rule } from '../../engine/types';
import { namedValue } from '../code/define';

const HELP = 'https://cloud.ibm.com/docs/account?topic=account-manapikey';

/**
 * IBM Cloud: IAM API keys (44 characters of base64url, recognisable only by name or by the service
 * credential JSON around them) and Cloud Object Storage HMAC secrets.
 */
export const ibmRules: readonly Rule[] = [
  {
    id: 'ibm-cloud-api-key',
    title: 'IBM Cloud API key',
    category: 'secret',
    kind: 'IBM_CLOUD_API_KEY',
    severity: 'high',
    confidence: 'medium',
    description: 'Exchanged for IAM tokens that act as the IBM Cloud user or service ID owning the key.',
    keywords: ['ibm', 'bluemix'],
    pattern: namedValue(String.raw`(?:ibm|ibmcloud|bluemix)[A-Za-z0-9_.-]{0,20}?api[_.-]?key`, '[A-Za-z0-9_-]{44}', 'A-Za-z0-9_-'),
    secretGroup: 1,
    minEntropy: 4.2,
    helpUrl: HELP,
    examples: {
      positive: [
        'IBMCLOUD_API_KEY=d_SBoiBRjdJmZwLfxBn9YEr773d6AqFP2jjoz2VZM7Lu',
        'ibm_cloud_apikey: "Zfdi1Hh4D05L7KRF9KxVbCcG1YtbqefBgykqdOu6DBIx"',
      ],
      negative: [
        { text: 'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}', reason: 'a reference to an environment variable' },
        { text: 'IBMCLOUD_API_KEY=d_SBoiBRjdJmZwLfxBn9YEr773d6AqFP2jjoz2VZM7', reason: 'too short' },
        { text: 'IBM_API_KEY_NAME=my-deployment-key-for-the-production-cluster', reason: 'a key name, not a key' },
      ],
    },
  },
  {
    id: 'ibm-cloud-service-credentials',
    title: 'IBM Cloud service credentials API key',
    category: 'secret',
    kind: 'IBM_CLOUD_API_KEY',
    severity: 'high',
    description: 'The apikey of an IBM Cloud service credential (JSON with an IAM service id): it acts as that service id.',
    keywords: ['"apikey"'],
    pattern: /"apikey"\s{0,4}:\s{0,4}"([A-Za-z0-9_-]{44})"/,
    secretGroup: 1,
    minEntropy: 4.2,
    nearbyText: { words: ['iam_apikey_description', 'iam_serviceid_crn', 'crn:v1:bluemix', 'iam_role_crn', 'cloud.ibm.com'], window: 800, required: true },
    helpUrl: 'https://cloud.ibm.com/docs/account?topic=account-service_credentials',
    examples: {
      positive: [
        '{"apikey": "Oojo0DlV62r2JGw6kwmsyIFXYvz4-55aXm07FgLb8wUh", "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/1", "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer"}',
        '{\n  "apikey": "q-WmnpiBEWnzWi1Nh13QBSsdaOK3UzxOS1XRmJWeSVT4",\n  "endpoints": "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints"\n}',
      ],
      negative: [
        { text: '{"apikey": "Oojo0DlV62r2JGw6kwmsyIFXYvz4-55aXm07FgLb8wUh", "service": "weather"}', reason: 'no IBM Cloud credential context: some other service' },
        { text: '{"apikey": "<apikey>", "iam_apikey_description": "..."}', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'ibm-cos-hmac-secret',
    title: 'IBM Cloud Object Storage HMAC secret key',
    category: 'secret',
    kind: 'IBM_COS_HMAC_KEY',
    severity: 'high',
    description: 'The S3-compatible secret of an IBM Cloud Object Storage HMAC credential: read and write its buckets.',
    keywords: ['secret_access_key'],
    pattern: /"secret_access_key"\s{0,4}:\s{0,4}"([a-f0-9]{48})"/,
    secretGroup: 1,
    minEntropy: 3.3,
    nearbyText: { words: ['cos_hmac_keys'], window: 300, required: true },
    helpUrl: 'https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main',
    examples: {
      positive: [
        '"cos_hmac_keys": {"access_key_id": "5e2f64328e129146b20e117fe927c0ea", "secret_access_key": "d41d1e638c90efcb7a5863b83fd1c215ac14edf3388087f8"}',
        '"cos_hmac_keys": {\n  "access_key_id": "1e4c2da2f2bc158ce05d14a3382b0319",\n  "secret_access_key": "63ec8044f4a59da45ce97bb8b9ea7b232a0496873d2d6a6f"\n}',
      ],
      negative: [
        { text: '{"secret_access_key": "d41d1e638c90efcb7a5863b83fd1c215ac14edf3388087f8"}', reason: 'no HMAC credential block around it' },
        { text: '"cos_hmac_keys": {"secret_access_key": "000000000000000000000000000000000000000000000000"}', reason: 'placeholder of zeros' },
      ],
    },
  },
];
