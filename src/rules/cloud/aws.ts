import type { Rule, Validator } from '../../engine/types';

/** A random 40-character AWS secret mixes upper case, lower case and digits; words and hashes do not. */
const mixedCase: Validator = ({ value }) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value);

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
    // The key id starts a word (the pattern refuses a letter before it): 'akia' inside 'Slovakia' wakes nothing.
    wordStartKeywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    // The key id starts at its keyword ('asia' and 'abia' also occur in words) and is 20 characters long.
    window: 32,
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
    // The match starts at 'aws' or 'secret', at or just before its keyword.
    windowBefore: 0,
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
  {
    id: 'aws-secret-access-key-near-id',
    title: 'AWS secret access key (next to its key id)',
    category: 'secret',
    kind: 'AWS_SECRET_KEY',
    severity: 'high',
    description: 'An AWS key id followed by its 40-character secret (CSV exports, CLI arguments): together they act as the key owner.',
    keywords: ['akia', 'asia'],
    wordStartKeywords: ['akia', 'asia'],
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}["']?\s{0,4}[,;:|=\t ]\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
    secretGroup: 1,
    minEntropy: 4.0,
    validators: [mixedCase],
    helpUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    examples: {
      positive: [
        'deploy,AKIAG7JHWCZILN4WO2MR,qeA2SylKIlVD75AxPBVmQPkj3sbv+BlocdivOLdv',
        'new AWS.Credentials("AKIAUS23CLURDFB2PCMC", "sCEcfPt2YpMkTByJHjGw+/OkCmWMNXMLiwV6j//V")',
      ],
      negative: [
        { text: 'AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', reason: "AWS's documentation example pair" },
        { text: 'AKIAG7JHWCZILN4WO2MR,qeA2SylKIlVD75AxPBVmQPkj3sbv+BlocdivOLdvQ', reason: 'the value after the id is 41 characters: not a secret key' },
        { text: 'AKIAG7JHWCZILN4WO2MR 586944d3f8f145e784e857ae3c2995819335f42b', reason: 'a lower-case hex hash next to the id (e.g. a commit), not a secret key' },
      ],
    },
  },
  {
    id: 'aws-session-token',
    title: 'AWS temporary session token',
    category: 'secret',
    kind: 'AWS_SESSION_TOKEN',
    severity: 'high',
    description: 'Completes a temporary (ASIA...) AWS key pair: until it expires it grants the role or user its permissions.',
    keywords: ['iqojb3jpz2lu', 'agojb3jpz2lu', 'fwogzxivyxdz', 'fqogzxivyxdz'],
    pattern: /(?<![A-Za-z0-9+/])(?:IQoJb3JpZ2lu|AgoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9+/]{100,3000}={0,2}(?![A-Za-z0-9+/=])/,
    minEntropy: 5.0,
    window: 3100,
    helpUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html',
    examples: {
      positive: [
        'aws_session_token = IQoJb3JpZ2luX2VjEigufPLsg3A0pX1WmDyqel1Y6OGRNo0xfZIhU4JRgqDPJlbI6WxdbBSHoR4qRbBJ1wuwNyznRehSlTJ55zO16Dza/bh6KKDXDAIg25N3dOSsWHmHJZSS9yXED9zfoCG+8AaFW3dveYR4peEvRQ2OuHpPzEKXiYQEl5gvpOyzTTrPsqzZEL15JcjZphtnmgV6pDs1kAy+PL5umMHK/qaJbtsyBpMxErvKK+YGr4ZYO5e+JeUnKc2p7nZrWBAMiQlAUXIdnbBmxXpmhbOGsLcF7gpnWaSxPfidvdZl94LkgKQYc5Ol9vPV/S1TFf6L8Pkjh9zqeZXD8ah5veAQpx+R8KGxrun5NscC1leqxH14anSOJzJCEVU0jDpD1x+f8hLKRBBB0iHW/3bhULrOg',
        '"SessionToken": "IQoJb3JpZ2luX2VjEM1ayX4/mt6bb7QXx/iTzYQCuMB/oARMemupQtPpuhrfLu74SDzVYR+1ymWduqgR/wiCLxpjbf2ZYBIRwBKkJdA17KZ4sKtgKBCaDybK0OzlAp6TdxNj7kXY5AqGe/V1c3zKNPQlV4gkojjpf8pDE9wow8D941/36+9cdmxOI7tbrB03TvhJax5PcVO6rpW8+t6Oayighr0tsB0wYWiYz8pD/zwKOpbuKfTvDAKeRpaG39iHfOxyAkD3/O1z1nEKqaex3zR59lz"',
      ],
      negative: [
        { text: 'aws_session_token = IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJH', reason: 'truncated: far shorter than a session token' },
        { text: 'aws_session_token = IQoJb3JpZ2luX2VjEXAMPLETOKENAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', reason: 'a documentation placeholder' },
      ],
    },
  },
  {
    id: 'aws-mws-auth-token',
    title: 'Amazon MWS auth token',
    category: 'secret',
    kind: 'AWS_MWS_TOKEN',
    severity: 'high',
    description: "Authorises calls to Amazon Marketplace Web Service on a seller's behalf (orders, inventory, payments).",
    keywords: ['amzn.mws.'],
    pattern: /(?<![A-Za-z0-9.])amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])/,
    examples: {
      positive: [
        'MWS_AUTH_TOKEN=amzn.mws.90df3151-2366-487e-bc4e-2b473e47e2df',
        "mws_token: 'amzn.mws.fa1640d4-8c00-4526-8b15-11b078307c0a'",
      ],
      negative: [
        { text: 'MWS_AUTH_TOKEN=amzn.mws.00000000-0000-0000-0000-000000000000', reason: 'all-zero placeholder' },
        { text: 'MWS_AUTH_TOKEN=amzn.mws.90df3151-2366-487e', reason: 'truncated' },
      ],
    },
  },
  {
    id: 'aws-bedrock-api-key',
    title: 'Amazon Bedrock API key (long-term)',
    category: 'secret',
    kind: 'AWS_BEDROCK_API_KEY',
    severity: 'high',
    description: 'Calls Amazon Bedrock models as the IAM user it belongs to, on the account’s bill.',
    // `ABSK` and the base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`: the first characters of that text
    // (`QmVkcm9ja0FQSUtleS`) follow the prefix in every key.
    keywords: ['absk'],
    window: 320,
    pattern: /(?<![A-Za-z0-9+/_-])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{90,260}={0,2}(?![A-Za-z0-9+/=_-])/,
    helpUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
    examples: {
      positive: [
        'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS12N3RvLWF0LTYwNDI1NTk1NTcwNTo4QlVJTThNR25HZnJBVmtYTis1YnpGOGNuYXdMaXR0Q3FXTmhzcmxYTkdEcEZaaXg4SkRIVWRKeg==',
        'headers = {"Authorization": "Bearer ABSKQmVkcm9ja0FQSUtleS12N3RvLWF0LTYwNDI1NTk1NTcwNTo4QlVJTThNR25HZnJBVmtYTis1YnpGOGNuYXdMaXR0Q3FXTmhzcmxYTkdEcEZaaXg4SkRIVWRKeg=="}',
      ],
      negative: [
        { text: 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS...', reason: 'the prefix alone' },
        { text: 'AWS_BEARER_TOKEN_BEDROCK=${BEDROCK_KEY}', reason: 'a reference' },
      ],
    },
  },
  {
    id: 'aws-bedrock-short-term-api-key',
    title: 'Amazon Bedrock API key (short-term)',
    category: 'secret',
    kind: 'AWS_BEDROCK_API_KEY',
    severity: 'high',
    description: 'A presigned Bedrock request that works as a bearer token until it expires (up to 12 hours): calls models as the session it was made from.',
    // `bedrock-api-key-` and the base64 of a presigned URL that starts `bedrock.amazonaws.com/?Action=CallWithBearerToken`.
    keywords: ['bedrock-api-key-'],
    // A presigned URL with its session token: a few thousand characters.
    window: 4200,
    pattern: /(?<![A-Za-z0-9_-])bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2}(?![A-Za-z0-9+/=_-])/,
    helpUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
    examples: {
      positive: [
        'export AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFUWFo3NUpJSlY3RFBDRFRaJTJGMjAyNjEyMDQlMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjEyMDRUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNlY3VyaXR5LVRva2VuPSt4Z0p2b3hyVTlFOGZ4VDZBbXA1Q0xIaE0xR0J1LzFrdlRrWCtmRmZHZWxjU3NLdTJ2UzlJNU9HOWZ4MW1WRkpqOUZ3UTdueGR2WERCMjJqJlgtQW16LVNpZ25hdHVyZT05Nzk4YjEzOGQzYTVlNTdlN2MxMDVjZDYzMmE2OGIxNDVmNDVhNDM1YzRhMDQ1OTg3YTBiNDJmNTk2ZWUwOGY3JlZlcnNpb249MQ==',
        'token = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUFUWFo3NUpJSlY3RFBDRFRaJTJGMjAyNjEyMDQlMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNjEyMDRUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAw"',
      ],
      negative: [
        { text: 'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', reason: 'the fixed prefix alone' },
        { text: 'aws_bedrock_api_key_name = "bedrock-api-key-prod"', reason: 'a name, not a key' },
      ],
    },
  },
];
