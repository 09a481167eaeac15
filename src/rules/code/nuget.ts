import type { Rule } from '../../engine/types';

/** NuGet.org API keys: `oy2` + 43 lower-case alphanumerics. */
export const nugetRules: readonly Rule[] = [
  {
    id: 'nuget-api-key',
    title: 'NuGet API key',
    category: 'secret',
    kind: 'NUGET_TOKEN',
    severity: 'high',
    description: 'Pushes or unlists packages on NuGet.org as its owner, within its package scopes: a supply-chain risk.',
    keywords: ['oy2'],
    // Not inside base64 runs (which would also contain upper case): the lookbehind excludes + / = too.
    pattern: /(?<![A-Za-z0-9_+/=-])oy2[a-z0-9]{43}(?![A-Za-z0-9_+/=-])/,
    minEntropy: 4.0,
    validators: [({ value }) => /\d/.test(value.slice(3)) && /[a-z]/.test(value.slice(3))],
    helpUrl: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys',
    examples: {
      positive: [
        'dotnet nuget push bin/Release/*.nupkg --api-key oy2enh4gg3rot7zcsn1tu87utqw7b1u03lvp8od65hs761 --source https://api.nuget.org/v3/index.json',
        'NUGET_API_KEY: oy254a0ovo6ca7tl6b9jwof70b283xs40csseubtyl1ght',
      ],
      negative: [
        { text: 'NUGET_API_KEY: oy254a0ovo6ca7tl6b9jwof70b283xs40csseub', reason: 'too short' },
        { text: 'data:image/png;base64,iVBORw0KGgo+oy2emoju802vodv8n0xe1r4bnlpd0z4xxajoibmyq8aiuuQ', reason: 'inside a base64 blob' },
      ],
    },
  },
];
