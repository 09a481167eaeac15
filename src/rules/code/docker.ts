import type { Rule, Validator } from '../../engine/types';
import { base64Decode } from '../../engine/validators';

/** `auth` in a Docker config is base64("user:password"); anything else is not a credential. */
const userColonPassword: Validator = ({ value }) => {
  const decoded = base64Decode(value);
  if (!decoded || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const i = decoded.indexOf(':');
  return i > 0 && decoded.length - i - 1 >= 6;
};

/** Docker Hub access tokens and registry credentials stored in ~/.docker/config.json. */
export const dockerRules: readonly Rule[] = [
  {
    id: 'docker-hub-pat',
    title: 'Docker Hub personal access token',
    category: 'secret',
    kind: 'DOCKER_TOKEN',
    severity: 'high',
    description: "Pulls and pushes images as the Docker Hub user: a poisoned image reaches everyone who pulls it.",
    keywords: ['dckr_pat_'],
    pattern: /(?<![A-Za-z0-9_-])dckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    helpUrl: 'https://docs.docker.com/security/for-developers/access-tokens/',
    examples: {
      positive: [
        'echo dckr_pat_4PrW6Ykoq7yHohDKbspEE1thvaY | docker login -u acme --password-stdin',
        'DOCKERHUB_TOKEN=dckr_pat_3I6_KH1--qJTGRr5WQrLY8F4Gll',
      ],
      negative: [
        { text: 'DOCKERHUB_TOKEN=dckr_pat_3I6_KH1--qJTGRr5WQrLY8F4G', reason: 'too short' },
        { text: 'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'docker-hub-oat',
    title: 'Docker Hub organization access token',
    category: 'secret',
    kind: 'DOCKER_TOKEN',
    severity: 'high',
    description: "Pulls and pushes a Docker Hub organization's repositories within the token's scopes.",
    keywords: ['dckr_oat_'],
    pattern: /(?<![A-Za-z0-9_-])dckr_oat_[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    helpUrl: 'https://docs.docker.com/security/for-admins/access-tokens/',
    examples: {
      positive: [
        'DOCKER_ORG_TOKEN=dckr_oat_9eO8I4F71UyLKv7Sju9sLrYQ6H4IFSxM',
        'password: "dckr_oat_itPMqCUNc4nOP7-35zYhRLy_UuOSClOZ"',
      ],
      negative: [
        { text: 'password: "dckr_oat_itPMqCUNc4nOP7-35zYhRLy_UuOS"', reason: 'too short' },
        { text: 'password: "dckr_oat_<token>"', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'docker-config-auth',
    title: 'Docker registry credentials (config.json)',
    category: 'secret',
    kind: 'DOCKER_REGISTRY_AUTH',
    severity: 'high',
    description: 'The base64 "user:password" a Docker config stores per registry: logs in to that registry as the user.',
    keywords: ['"auth"'],
    pattern: /"auth"\s{0,4}:\s{0,4}"([A-Za-z0-9+/]{12,400}={0,2})"/,
    secretGroup: 1,
    minEntropy: 3.5,
    nearbyText: { words: ['"auths"'], window: 400, required: true },
    validators: [userColonPassword],
    helpUrl: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
    examples: {
      positive: [
        '{"auths": {"https://index.docker.io/v1/": {"auth": "Y2ktYm90OmxpT1ptRE0wSTFHYXdydDlQZmczeU55bw=="}}}',
        '{\n  "auths": {\n    "ghcr.io": {\n      "auth": "ZGVwbG95QGFjbWUuaW86cGhuZkhVbVQweGIyWkxuN1JWbGg="\n    }\n  }\n}',
      ],
      negative: [
        { text: '{"auths": {"ghcr.io": {"auth": "dXNlcm5hbWU6"}}}', reason: 'decodes to a user name with an empty password' },
        { text: '{"auths": {"ghcr.io": {}}, "credsStore": "desktop"}', reason: 'credentials kept in the OS store, not the file' },
        { text: '{"auth": "Y2ktYm90OmxpT1ptRE0wSTFHYXdydDlQZmczeU55bw=="}', reason: 'no Docker "auths" section: some other schema' },
      ],
    },
  },
];
