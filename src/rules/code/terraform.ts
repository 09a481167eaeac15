import type { Rule } from '../../engine/types';

/** HCP Terraform / Terraform Enterprise API tokens: 14 characters, `.atlasv1.`, 60-70 characters. */
export const terraformRules: readonly Rule[] = [
  {
    id: 'terraform-cloud-api-token',
    title: 'HCP Terraform (Terraform Cloud) API token',
    category: 'secret',
    kind: 'TERRAFORM_TOKEN',
    severity: 'high',
    description: 'Runs plans and applies and reads state (often full of secrets) for the workspaces its user, team or organisation can access.',
    keywords: ['.atlasv1.'],
    // The body is base64url without padding: a run that goes on with `=` (what is left of `…NAME=value` once the
    // value is redacted) is no token.
    pattern: /(?<![A-Za-z0-9_.-])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_=-])/,
    minEntropy: 4.5,
    helpUrl: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
    examples: {
      positive: [
        'credentials "app.terraform.io" {\n  token = "v7qG0r496FkkKm.atlasv1.CSmioQJTx0cIcHKtVxGlgKOo6Q3XDHG2U-gGgRF1XLKnakrbodj9Th9vVhwmR2I194_"\n}',
        'TF_TOKEN_app_terraform_io=Vx9E2UUkpK0mLk.atlasv1.qhBAd-1MtvxPehlzKrWSo2L7OWDGn1Xu0yZ47fDGTrq1v3CeNTSihxdvKFajc4lsC9d',
      ],
      negative: [
        { text: 'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', reason: 'placeholder' },
        { text: 'token = "v7qG0r496FkkKm.atlasv1.CSmioQJTx0cIcHKtVxGlgKOo6Q3XDHG2U"', reason: 'too short' },
      ],
    },
  },
];
