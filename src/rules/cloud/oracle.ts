import type { Rule } from '../../engine/types';
import { namedValue } from '../code/define';

/** A throw-away 512-bit RSA key generated for these examples only. */
const FAKE_PEM = '-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEAwSHkHUUjpcbttW4c\n1OOfvSA5ZSjgZ0hej0gJz9Yw8IF1/J5RqgPXBot+Y5Rtn4fvcU8ySIboffhaQyGC\n4a1IEwIDAQABAkBsgvQ+FdifjhOE+qcsXfAkPPTCh6L9pMWsT1dj9P5uQfR3epSC\nZMnT2VMKo+zSSOa/cLMPgr/wXc0NzOfKulsxAiEA7XHxawNI8e22EYDQ/t9yd6/T\nPZ3yTagll8MfY8s2V/0CIQDQOXp39n4S9ts+xyfiVsHoNwLFw6Ncj+XwPEdT/2/1\nTwIhAJpCaVZdpvlNtvg+GQlMf6BUQUeJoo5jDDFBWdZKgj69AiAuYk90v7UP9mua\njXTGB7uERhTZBx6x9OAs5tCg1osTIwIgNNEXzK8r4Ymla3TleSQTvuqKI6Go2mUs\np2cgoKGBcy0=\n-----END PRIVATE KEY-----\n';

/**
 * Oracle Cloud Infrastructure. API signing keys are ordinary PEM keys (the generic private-key rules
 * report them); here: the console's key download, which ends with an `OCI_API_KEY` marker, and auth tokens
 * (20 random characters including punctuation) recognisable only by their name.
 */
export const oracleRules: readonly Rule[] = [
  {
    id: 'oracle-oci-api-key',
    title: 'Oracle Cloud API signing key (console download)',
    category: 'secret',
    kind: 'OCI_API_KEY',
    severity: 'high',
    description: 'A private API signing key downloaded from the OCI console: signs API requests as the user it belongs to.',
    keywords: ['oci_api_key'],
    pattern: /-----BEGIN (?:RSA )?PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]{100,8000}-----END (?:RSA )?PRIVATE KEY-----\r?\nOCI_API_KEY(?![A-Za-z0-9_])/,
    multiline: true,
    window: 8300,
    overrides: ['generic-private-key-pkcs8', 'generic-private-key-rsa'],
    helpUrl: 'https://docs.oracle.com/en-us/iaas/Content/API/Concepts/apisigningkey.htm',
    examples: {
      positive: [
        `${FAKE_PEM}OCI_API_KEY\n`,
        `key_content = '''${FAKE_PEM}OCI_API_KEY'''`,
      ],
      negative: [
        { text: 'export OCI_API_KEY=~/.oci/oci_api_key.pem', reason: 'a path to the key file, not the key' },
        { text: 'key_file=~/.oci/oci_api_key.pem', reason: 'config pointing at the key file' },
        { text: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\nOCI_API_KEY', reason: 'elided documentation key' },
      ],
    },
  },
  {
    id: 'oracle-oci-auth-token',
    title: 'Oracle Cloud auth token',
    category: 'secret',
    kind: 'OCI_AUTH_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'An OCI auth token: logs in to the container registry (OCIR), Object Storage Swift API and other services as the user.',
    // Every name the pattern accepts contains one of these (plain 'oci' would hit 'social', 'associate'...).
    keywords: ['oci_', 'oci-', 'oci.', 'ocir', 'ociauth', 'ocipassword', 'ociregistry'],
    pattern: namedValue(String.raw`oci[r]?[_.-]?(?:auth[_.-]?token|registry[_.-]?(?:password|token)|password)`, String.raw`[A-Za-z0-9+\-_.:;()<>\[\]{}#!]{20}`, String.raw`A-Za-z0-9+\-_.:;()<>\[\]{}#!`),
    secretGroup: 1,
    minEntropy: 3.8,
    helpUrl: 'https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrygettingauthtoken.htm',
    examples: {
      positive: [
        'OCI_AUTH_TOKEN="P(8l0ak(UisIS5Bs2gtR"',
        "ocir_password: 'wkpzGPQqdTb]y1BFFJ3f'",
      ],
      negative: [
        { text: 'OCI_AUTH_TOKEN="${{ secrets.OCI_AUTH_TOKEN }}"', reason: 'a reference to a CI secret' },
        { text: 'OCI_AUTH_TOKEN="P(8l0ak(UisIS5B"', reason: 'too short for an auth token' },
        { text: 'oci_password: aaaaaaaaaaaaaaaaaaaa', reason: 'placeholder of one repeated letter' },
      ],
    },
  },
];
