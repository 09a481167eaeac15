import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

export const grafanaRules: readonly Rule[] = [
  {
    id: 'grafana-cloud-token',
    title: 'Grafana Cloud access policy token',
    category: 'secret',
    kind: 'GRAFANA_TOKEN',
    severity: 'high',
    description: 'Reads or writes the Grafana Cloud stack’s metrics, logs and traces within the policy’s scopes.',
    keywords: ['glc_'],
    window: 450,
    pattern: /(?<![A-Za-z0-9_-])glc_eyJ[A-Za-z0-9+/]{40,400}={0,2}(?![A-Za-z0-9_+/=-])/,
    minEntropy: 4.0,
    helpUrl: 'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/',
    examples: {
      positive: [
        'GRAFANA_CLOUD_TOKEN=glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrLTEyMzQ1Ni1obS13cml0ZS1wcm9tIiwiayI6IjcFrYUzUZDpFfIw2jCVx0wrX5xOgZVJ3zHjGuZBmlIn19',
        'password: glc_eyJvIjoiOTg3NjU0IiwibiI6ImFsbG95LXRva2VuIiwiayI6IccvocaZXhTQI69vmj6aqxm9uMyHlT4Z69951DP9XIn19',
      ],
      negative: [
        { text: 'GRAFANA_CLOUD_TOKEN=glc_...', reason: 'the prefix alone' },
        { text: 'GRAFANA_CLOUD_TOKEN=glc_eyJ0tNHrPgIYv', reason: 'too short' },
      ],
    },
  },
  {
    id: 'grafana-service-account-token',
    title: 'Grafana service account token',
    category: 'secret',
    kind: 'GRAFANA_TOKEN',
    severity: 'high',
    description: 'Acts as a Grafana service account: reads dashboards and data sources, often with edit rights.',
    keywords: ['glsa_'],
    pattern: /(?<![A-Za-z0-9_-])glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    examples: {
      positive: ['GRAFANA_TOKEN=glsa_hMBJ0J1pY5jA87JpOXrGqRzE9kzkVL2I_200f3401', 'Authorization: Bearer glsa_xx1VGZEhDmJSpzDvWrrjcdM7IYcRBV3X_24abd9a3'],
      negative: [
        { text: 'GRAFANA_TOKEN=glsa_...', reason: 'the prefix alone' },
        { text: 'GRAFANA_TOKEN=glsa_bDoVDC17AolHHjRxR3Fx6V0DVqsl8XRO', reason: 'missing the checksum part' },
      ],
    },
  },
  {
    id: 'grafana-api-key',
    title: 'Grafana API key (legacy)',
    category: 'secret',
    kind: 'GRAFANA_TOKEN',
    severity: 'high',
    description: 'A legacy Grafana API key: acts on the Grafana organisation with its role.',
    keywords: ['eyjrijoi'],
    window: 450,
    pattern: /(?<![A-Za-z0-9_-])eyJrIjoi[A-Za-z0-9]{60,400}={0,2}(?![A-Za-z0-9_+/=-])/,
    minEntropy: 4.0,
    helpUrl: 'https://grafana.com/docs/grafana/latest/administration/api-keys/',
    examples: {
      positive: ['GRAFANA_API_KEY=eyJrIjoiBgeXGOGgVFD3aOonbpVzX6tK8bngPSo63J0C3MU1IiwibiI6ImRlcGxveSIsImlkIjoxfQ==', 'grafana_auth = "eyJrIjoi5mLUnfbEjGUkOmaTTGxcYWFjJEpBQXPeL9FF7vYOIiwibiI6ImNpIiwiaWQiOjF9"'],
      negative: [
        { text: 'GRAFANA_API_KEY=eyJrIjoi...', reason: 'the prefix alone' },
        { text: 'GRAFANA_API_KEY=eyJrIjoioMcPeb9qw9Y1UN7Xo4WA', reason: 'too short' },
      ],
    },
  },
];
