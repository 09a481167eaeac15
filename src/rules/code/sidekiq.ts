import type { Rule } from '../../engine/types';
import { mixesLettersAndDigits } from '../saas/builders';

/**
 * Sidekiq Pro and Enterprise gem-server credentials: `user:password`, each 8 hex digits, given to Bundler
 * for gems.contribsys.com or enterprise.contribsys.com (`BUNDLE_GEMS__CONTRIBSYS__COM=...`,
 * `bundle config ...`, or inside a `source` URL). Only reported near a contribsys host or variable.
 */
export const sidekiqRules: readonly Rule[] = [
  {
    id: 'sidekiq-gem-credentials',
    title: 'Sidekiq Pro/Enterprise gem server credentials',
    category: 'secret',
    kind: 'SIDEKIQ_CREDENTIALS',
    severity: 'medium',
    description: 'Downloads the licensed Sidekiq Pro or Enterprise gems of the subscription, and leaking them breaks its licence terms.',
    keywords: ['contribsys'],
    pattern: /(?<![A-Za-z0-9_-])[a-f0-9]{8}:[a-f0-9]{8}(?![A-Za-z0-9_-])/,
    validators: [mixesLettersAndDigits],
    window: 100,
    overrides: ['generic-url-credentials'],
    helpUrl: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro#installation',
    examples: {
      positive: [
        'BUNDLE_GEMS__CONTRIBSYS__COM=543b204a:575d430b',
        'bundle config --local enterprise.contribsys.com 57312358:ae05704f',
        "source 'https://bdd347d3:d84d9137@gems.contribsys.com/' do\n  gem 'sidekiq-pro'\nend",
      ],
      negative: [
        { text: "source 'https://gems.contribsys.com/' do\n  gem 'sidekiq-pro'\nend", reason: 'credentials kept out of the Gemfile' },
        { text: 'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}', reason: 'a reference to a variable' },
        { text: 'BUNDLE_GEMS__CONTRIBSYS__COM=12345678:87654321', reason: 'digits only: a placeholder' },
      ],
    },
  },
];
