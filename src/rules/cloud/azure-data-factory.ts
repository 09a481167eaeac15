import type { Rule } from '../../engine/types';

/**
 * Azure Data Factory (and Synapse) self-hosted integration runtime authentication keys:
 * `IR@<runtime GUID>@<factory name>@<region code>@<44-character base64 key>`.
 */
export const azureDataFactoryRules: readonly Rule[] = [
  {
    id: 'azure-data-factory-shir-key',
    title: 'Azure Data Factory self-hosted integration runtime key',
    category: 'secret',
    kind: 'AZURE_DATA_FACTORY_KEY',
    severity: 'high',
    description: 'Registers a machine as a node of the factory’s self-hosted integration runtime: it then receives the pipelines’ copy jobs and the credentials of the linked on-premises data stores.',
    keywords: ['ir@'],
    pattern: /(?<![A-Za-z0-9_-])IR@[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}@[A-Za-z0-9-]{1,63}@[A-Za-z0-9-]{1,30}@[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])/,
    minEntropy: 4.0,
    helpUrl: 'https://learn.microsoft.com/en-us/azure/data-factory/create-self-hosted-integration-runtime',
    examples: {
      positive: [
        'AUTH_KEY=IR@f54c8ed4-8531-4e34-b9a3-d2ec386474a2@adf-sales-prod@we@kHirChaf3DjosFFE00wPKfNaYotfNX7SqG/22dybEXc=',
        'dmgcmd.exe -RegisterNewNode "IR@0fa292e3-e85c-4297-abd6-0ad98bf5b84c@contoso-etl@eu@gYAvrTlWyvRiVik8J8LVVjpawJS0XZYwjhrGI3en5lJ="',
      ],
      negative: [
        { text: 'AUTH_KEY=IR@f54c8ed4-8531-4e34-b9a3-d2ec386474a2@adf-sales-prod@we@', reason: 'no key part' },
        { text: 'AUTH_KEY=IR@<runtime-id>@<factory>@<region>@<key>', reason: 'a placeholder' },
      ],
    },
  },
];
