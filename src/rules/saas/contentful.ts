import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

export const contentfulRules: readonly Rule[] = [
  {
    id: 'contentful-personal-access-token',
    title: 'Contentful personal access token',
    category: 'secret',
    kind: 'CONTENTFUL_TOKEN',
    severity: 'high',
    description: 'Uses the Content Management API as the user: changes and deletes content in every space they can reach.',
    keywords: ['cfpat-'],
    pattern: /(?<![A-Za-z0-9_-])CFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://www.contentful.com/developers/docs/references/authentication/',
    examples: {
      positive: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-Q7zkpGIEbBajjGbj5MPLvOP49LxXbQshF9HvgFLf9eV', "contentful.createClient({ accessToken: 'CFPAT-WhYUYVOglmOMICiO2HddJY1Gmp7YqthXMLMKF96nCpL' })"],
      negative: [
        { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-...', reason: 'the prefix alone' },
        { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-FStT8ed6vut9ebUhTOIA', reason: 'too short' },
      ],
    },
  },
];
