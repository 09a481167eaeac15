import type { Rule } from '../../engine/types';

/**
 * AWS credentials. Access key ids are 20 characters: a 4-letter prefix naming the kind of key
 * (AKIA long-term, ASIA temporary, ...) and 16 base32 characters.
 */
export const awsRules: readonly Rule[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    category: 'secret',
    kind: 'AWS_ACCESS_KEY',
    severity: 'high',
    description: 'Identifies an AWS key pair; together with its secret it grants access to the AWS account.',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
    secretGroup: 1,
    helpUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    examples: {
      positive: [
        'aws_access_key_id = AKIAZ3MHQ5TXKVR7WP4L',
        'export AWS_ACCESS_KEY_ID="ASIAQ7F2XK4TJ6PRWM3N"',
      ],
      negative: [
        { text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', reason: "AWS's documentation example key" },
        { text: 'id = AKIAZ3MHQ5TXKVR7WP4LQ', reason: 'too long: part of a longer identifier' },
        { text: 'akiaz3mhq5txkvr7wp4l', reason: 'key ids are upper case' },
      ],
    },
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    category: 'secret',
    kind: 'AWS_SECRET_KEY',
    severity: 'high',
    description: 'The secret half of an AWS key pair: whoever holds it can act as the key owner in AWS.',
    keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key'],
    pattern:
      /(?:aws|secret)[A-Za-z0-9_.-]{0,30}?(?:secret|key)[A-Za-z0-9_.-]{0,20}["']?\s{0,4}(?:[:=]|=>|:=)\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    secretGroup: 1,
    minEntropy: 4.0,
    helpUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    examples: {
      positive: [
        'aws_secret_access_key = Zq8vR2mT5kW9pL3xN7cB1fH4jD6sG0aE8yU2iO5r',
        'AWS_SECRET_ACCESS_KEY: "k3Jd9Qm2Vx7Rt5Lp8Wn4Hs1Fb6Gz0Ye3Uc7Ai2Mo"',
      ],
      negative: [
        { text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', reason: "AWS's documentation example secret" },
        { text: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}', reason: 'a reference to an environment variable, not a value' },
        { text: 'aws_secret_access_key = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', reason: 'one repeated character: a placeholder' },
      ],
    },
  },
];
