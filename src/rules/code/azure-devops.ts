import type { Rule } from '../../engine/types';
import { namedValue } from './define';

const HELP = 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate';

/**
 * Azure DevOps personal access tokens. Since 2024 they are 84 characters: 52 random, the Microsoft
 * "JQQJ" key signature, metadata, and "AZDO" as the provider signature. Older ones are 52 base32 characters.
 */
export const azureDevopsRules: readonly Rule[] = [
  {
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    category: 'secret',
    kind: 'AZURE_DEVOPS_TOKEN',
    severity: 'high',
    description: 'Acts as the user on Azure DevOps within its scopes: repositories, pipelines, artifacts feeds and work items.',
    keywords: ['azdo'],
    pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9])/,
    minEntropy: 4.0,
    helpUrl: HELP,
    examples: {
      positive: [
        'AZURE_DEVOPS_EXT_PAT=Owd1Mq2R2JBkzhjXfYL0DdYL32nEIgGJ9EVGl8BPic9FIVPjRCyGJQQJ99FBACAAAAAAAAAAAAASAZDOrZOt',
        'git clone https://build:5GwoHSZOYuTC3m63qp3hUbeNKdSecjMXElCPjL1mMHzkkcPoQYrdJQQJ99TKACAAAAAAAAAAAAASAZDOnYWU@dev.azure.com/acme/app/_git/app',
      ],
      negative: [
        { text: 'AZURE_DEVOPS_EXT_PAT=YcNJvawa6pgbgGDIX7E498N2NzLuVZO4BcQdX2OB8qeP6Ga5o5XiJQQJ99EOACAAAAAAAAAAAAASAZDOe13', reason: 'one character short' },
        { text: 'AZDO_ORG_SERVICE_URL=https://dev.azure.com/acme', reason: 'an organisation URL, no token' },
      ],
    },
  },
  {
    id: 'azure-devops-pat-legacy',
    title: 'Azure DevOps personal access token (legacy, named variable)',
    category: 'secret',
    kind: 'AZURE_DEVOPS_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A 52-character pre-2024 Azure DevOps PAT assigned to an Azure DevOps variable: acts as its user.',
    keywords: ['devops', 'azdo', 'vsts', 'ado_', 'ado-', 'ado.', 'accesstoken', 'access_token', 'access-token', 'access.token'],
    pattern: namedValue(String.raw`(?:azure[_.-]?devops|azdo|vsts|ado[_.-]|system[_.-]?)[_.-]?(?:ext[_.-]?)?(?:pat|token|access[_.-]?token|personal[_.-]?access[_.-]?token)`, '[a-z2-7]{52}'),
    secretGroup: 1,
    minEntropy: 4.0,
    helpUrl: HELP,
    examples: {
      positive: [
        'AZURE_DEVOPS_EXT_PAT=gc7jl5ef5b2657tgm7uloevpf2t55rliqqjvhkugegysbseigjln',
        'SYSTEM_ACCESSTOKEN: uefeljheasjtlzi6dgwc2mc5zzrutppsg3bwceh4qw7fuxzuqmvb',
      ],
      negative: [
        { text: 'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)', reason: 'a pipeline variable reference' },
        { text: 'random_string = ep5tu3gnfkz4gvtkmn4tudl5t2nnvxqoltupz5kp4ocyuscpmq5q', reason: 'no Azure DevOps name: indistinguishable from other base32' },
      ],
    },
  },
];
