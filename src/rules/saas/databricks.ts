import type { Rule } from '../../engine/types';
import { randomPartMixes } from './builders';

/**
 * Databricks personal access tokens: `dapi` + 32 lower-case hex digits. Tokens issued by Azure Databricks
 * may carry a `-<digit>` suffix (`dapi…-2`); it belongs to the token.
 */
export const databricksRules: readonly Rule[] = [
  {
    id: 'databricks-access-token',
    title: 'Databricks personal access token',
    category: 'secret',
    kind: 'DATABRICKS_TOKEN',
    severity: 'high',
    description: 'Acts as the Databricks user in the workspace: runs jobs and notebooks on its clusters and reads the tables and secrets the user can.',
    keywords: ['dapi'],
    pattern: /(?<![A-Za-z0-9_-])dapi[0-9a-f]{32}(?:-[0-9])?(?![A-Za-z0-9_-])/,
    minEntropy: 3.0,
    validators: [randomPartMixes(4, 36)],
    helpUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
    examples: {
      positive: [
        'DATABRICKS_TOKEN=dapi4350bed3d40e8b038c4a3698e6227cbb',
        '[DEFAULT]\nhost  = https://adb-5187733241790.11.azuredatabricks.net\ntoken = dapib74d8d4888808b49778190597287ee1f-2',
        '{ "databricks_token": "dapi357278a280e350693fd8deb77b32a9ef" }',
      ],
      negative: [
        { text: 'DATABRICKS_TOKEN=dapi...', reason: 'the prefix alone' },
        { text: 'DATABRICKS_TOKEN=dapi661b55b471250311adf77b7be9a358', reason: 'too short' },
        { text: 'token = dapi661B55B471250311ADF77B7BE9A35846', reason: 'upper-case hex: not the token alphabet' },
      ],
    },
  },
];
