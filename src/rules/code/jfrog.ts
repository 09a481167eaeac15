import type { Rule } from '../../engine/types';
import { namedValue } from './define';

/** JFrog Artifactory: API keys (AKCp...), reference tokens (base64 of "reftkn:01:...") and identity tokens by name. */
export const jfrogRules: readonly Rule[] = [
  {
    id: 'jfrog-api-key',
    title: 'JFrog Artifactory API key',
    category: 'secret',
    kind: 'JFROG_TOKEN',
    severity: 'high',
    description: 'Reads and deploys artifacts in Artifactory as its owner: private packages, images and build outputs.',
    keywords: ['akcp'],
    pattern: /(?<![A-Za-z0-9_-])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9_-])/,
    minEntropy: 4.5,
    helpUrl: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key',
    examples: {
      positive: [
        'ARTIFACTORY_API_KEY=AKCpcnTlnjzddixPizQ7wAvqDzfahYCuVWnWi2mgWfvYMvu12fcU7WDhyZPvPZTQnNgRErNQp',
        'curl -H "X-JFrog-Art-Api: AKCpr0A4uSPUzHz7kRleK9qj25OeU7IyYuRoZRhTWr9nGt4kYpP2LgyHrgYxkzCIiQjNan4f0" https://acme.jfrog.io/artifactory/api/repositories',
      ],
      negative: [
        { text: 'ARTIFACTORY_API_KEY=AKCpcnTlnjzddixPizQ7wAvqDzfahYCuVWnWi2mgWfvYMvu12fcU7WDhyZPvPZ', reason: 'too short' },
        { text: 'ARTIFACTORY_API_KEY=AKCpXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'jfrog-reference-token',
    title: 'JFrog reference token',
    category: 'secret',
    kind: 'JFROG_TOKEN',
    severity: 'high',
    description: 'A JFrog Platform access (reference) token: acts as its user or service on Artifactory and other JFrog services.',
    keywords: ['cmvmdgtuojaxoj'],
    pattern: /(?<![A-Za-z0-9+/_-])cmVmdGtuOjAxOj[A-Za-z0-9]{50}(?![A-Za-z0-9+/_=-])/,
    minEntropy: 4.5,
    helpUrl: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    examples: {
      positive: [
        'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjccpHNoPypHLFKs7E0Oh7TgHXT1n7y6qGd2fGBFjmt1iLSZrUYC',
        'Authorization: Bearer cmVmdGtuOjAxOjfl136AMdn5vvdzrQDueq9B2fqU1vzC73Ak2ts84aXDbLHnvyCT',
      ],
      negative: [
        { text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjccpHNoPypHLFKs7E0Oh7TgHXT1n7y6qG', reason: 'too short' },
        { text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'jfrog-identity-token',
    title: 'JFrog identity / access token (named variable)',
    category: 'secret',
    kind: 'JFROG_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A 64-character JFrog identity token assigned to an Artifactory/JFrog variable: acts as its user.',
    keywords: ['jfrog', 'artifactory'],
    pattern: namedValue(String.raw`(?:jfrog|artifactory)[A-Za-z0-9_.-]{0,20}?(?:token|password|api[_.-]?key)`, '[A-Za-z0-9]{64}'),
    secretGroup: 1,
    minEntropy: 4.5,
    helpUrl: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    examples: {
      positive: [
        'ARTIFACTORY_PASSWORD=loG7gOMcN2DEdBmAx2GhhxTfH364IYDUBsvILHipPNpH7xNFxDKUGY9DBnKVO4rR',
        'jfrog_token: "mnkPaoDN0I2HbytvAPhi4ObqrjphIVoU0zc2aMo8SWniu1z0Eh8yOq99AuG7YOkZ"',
      ],
      negative: [
        { text: 'ARTIFACTORY_PASSWORD=${ARTIFACTORY_PASSWORD}', reason: 'a reference to an environment variable' },
        { text: 'artifactory_sha256: 67e0835e5f323d1f558aa34a0687dfe01d38ec6292fe4ab3801256d55359ea6b', reason: 'a checksum, not a token' },
      ],
    },
  },
];
