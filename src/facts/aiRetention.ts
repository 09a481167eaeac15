/**
 * What AI providers keep of what you send them, and how to opt out: the data behind the
 * "What AI Providers Keep" tree. Every fact carries its source and a date.
 *
 * Source of truth: shared/facts/ai-retention-facts.md (compiled 2026-11-29; its section 11, the second
 * review of 2026-12-04, overrides the sections before it). The wording here is ours. A unit test
 * (test/unit/facts-sheet.test.ts) keeps this module in step with section 11.
 * Facts that the sheet marks outdated, wrong or unverified are deliberately absent, notably:
 *  - "turning off training makes ChatGPT keep chats only 30 days" (true only of the 2023 toggle);
 *  - "the NYT preservation order is still in force" (it ended on 2025-09-26);
 *  - "20 million chats handed over" (the court ordered them produced; no handover was reported);
 *  - Temporary Chat as a safe place for secrets (kept up to 30 days, and covered by the 2025 order);
 *  - "Claude deletes chats after 30 days" (history stays until you delete it);
 *  - any retention number for GitHub Copilot individual plans, Claude incognito chats, or Cursor's
 *    default Privacy Mode for individuals.
 * Re-check each page before a release: help-centre pages change without notice.
 */

export type FactConfidence = 'high' | 'medium' | 'low';

/** The day the facts were last reviewed against the sheet (its section 11): shown in the view. */
export const FACTS_REVIEWED = '2026-12-04';

export interface Sourced {
  /** Where the fact comes from: the provider's own page wherever one exists. */
  readonly source: string;
  /**
   * ISO date (YYYY-MM-DD, or YYYY-MM where the source gives only a month). The source's own date where
   * it has one; for a page without a date, the day it was read (FACTS_REVIEWED), with `pageUndated`.
   */
  readonly date: string;
  /** The page carries no date of its own: show "read <date>, page undated", never "as of". */
  readonly pageUndated?: boolean;
  readonly confidence: FactConfidence;
}

export interface RetentionFact extends Sourced {
  readonly id: string;
  /** A few words for the tree item's label (the whole fact is in `text`). */
  readonly headline: string;
  /** One sentence, our own words. */
  readonly text: string;
  /** Optional longer explanation for the tooltip. */
  readonly detail?: string;
}

export interface OptOutStep extends Sourced {
  readonly id: string;
  /** What to do, as a short imperative. */
  readonly text: string;
  /** Where in the product, or what happens. */
  readonly detail: string;
  /** The official page that the step opens. */
  readonly url: string;
}

export interface FactSection {
  readonly id: string;
  readonly title: string;
  readonly facts: readonly RetentionFact[];
}

export interface ProviderFacts {
  readonly id: string;
  readonly name: string;
  /** The plans these facts are about. */
  readonly plans: string;
  /** One line for the tree item's description. */
  readonly summary: string;
  readonly sections: readonly FactSection[];
  readonly optOut: readonly OptOutStep[];
}

/** How a fact's date reads: the source's own date, or the day an undated page was read. */
export type DateKind = 'asOf' | 'readUndated';
export const dateKind = (s: Sourced): DateKind => (s.pageUndated ? 'readUndated' : 'asOf');

const undated = { date: FACTS_REVIEWED, pageUndated: true } as const;

const OPENAI_DATA_CONTROLS_FAQ = 'https://help.openai.com/en/articles/7730893-data-controls-faq';
const OPENAI_RETENTION = 'https://help.openai.com/en/articles/8983778-chat-and-file-retention-policies-in-chatgpt';
const OPENAI_TEMPORARY_CHAT = 'https://help.openai.com/en/articles/8914046-temporary-chat-faq';
const OPENAI_NYT = 'https://openai.com/index/response-to-nyt-data-demands/';
const OPENAI_NYT_LOGS = 'https://openai.com/index/fighting-nyt-user-privacy-invasion';
const OPENAI_API_DATA = 'https://developers.openai.com/api/docs/guides/your-data';
const OPENAI_DELETE_ACCOUNT = 'https://help.openai.com/en/articles/6378407-how-to-delete-your-account';
/** Court reporting on the end of the order; the flagged-accounts exception comes from it, not from OpenAI. */
const ORDER_END_REPORTING = 'https://www.techspot.com/news/109839-openai-no-longer-required-store-all-users-deleted.html';
const COPILOT_FAQ = 'https://github.com/features/copilot';
const GITHUB_TERMS_J = 'https://docs.github.com/en/site-policy/github-terms/github-terms-for-additional-products-and-features';
const GITHUB_PRIVACY = 'https://docs.github.com/en/site-policy/privacy-policies/github-general-privacy-statement';
const CLAUDE_DATA_USAGE = 'https://code.claude.com/docs/en/data-usage';
/** The consumer article "How long do you store my data?". */
const CLAUDE_RETENTION = 'https://privacy.anthropic.com/en/articles/10023565';
/**
 * The commercial article "How long do you store my organization's data?" (its URL slug is older than its
 * title: the page at this address now holds the commercial article, not the pre-2025 text).
 */
const CLAUDE_COMMERCIAL_RETENTION = 'https://privacy.anthropic.com/en/articles/7996866-how-long-do-you-store-personal-data';
const CLAUDE_TERMS_UPDATE = 'https://www.anthropic.com/news/updates-to-our-consumer-terms';
const GEMINI_PRIVACY_HUB = 'https://support.google.com/gemini/answer/13594961';
const GEMINI_ACTIVITY = 'https://support.google.com/gemini/answer/13278892';
const CURSOR_PRIVACY = 'https://cursor.com/help/security-and-privacy/privacy';
const CURSOR_DATA_USE = 'https://cursor.com/data-use';

/**
 * Said once, for every provider (the view shows it above them): a court's preservation order suspends
 * any "deleted within 30 days", as it did for ChatGPT from May to September 2025.
 */
export const LEGAL_HOLD: RetentionFact = {
  id: 'legal-hold',
  headline: 'A court can suspend "deleted within 30 days"',
  text: 'Every promise below that deleted data goes within 30 days can be suspended by a court\'s legal hold: from May to September 2025 one made OpenAI keep ChatGPT chats that users had deleted.',
  detail: 'This holds for every provider in this view, not only OpenAI: a deletion promise is a default, and a preservation order overrides it.',
  source: OPENAI_NYT, date: '2025-10-22', confidence: 'high',
};

export const OPENAI: ProviderFacts = {
  id: 'openai',
  name: 'ChatGPT (OpenAI)',
  plans: 'Free, Plus and Pro',
  summary: 'Opting out stops training; it deletes nothing',
  sections: [
    {
      id: 'keeps',
      title: 'What OpenAI keeps',
      facts: [
        {
          id: 'history-until-deleted',
          headline: 'Chats are kept until you delete them',
          text: 'Your chats stay stored in your account until you delete them, with training on or off.',
          source: OPENAI_DATA_CONTROLS_FAQ, ...undated, confidence: 'high',
        },
        {
          id: 'optout-deletes-nothing',
          headline: 'Opting out of training deletes nothing',
          text: 'Turning off "Improve the model for everyone" stops training on new chats; it does not delete anything or shorten how long chats are kept.',
          detail: 'Deleting a chat is what removes it: deleted chats are purged within 30 days.',
          source: OPENAI_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'deleted-30-days',
          headline: 'Deleted chats: purged within 30 days',
          text: 'A deleted chat leaves your account at once and is purged from OpenAI\'s systems within 30 days.',
          detail: 'Exceptions: chats already de-identified and disconnected from your account, and chats OpenAI must keep for security or legal reasons. Deleted chats cannot be recovered.',
          source: OPENAI_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'temporary-30-days',
          headline: 'Temporary Chats: kept up to 30 days',
          text: 'Temporary Chats stay out of your history, are not used for training and create no memories, but a copy may be kept up to 30 days for abuse review: they are no place for secrets.',
          detail: 'The 2025 court order covered Temporary Chats too.',
          source: OPENAI_TEMPORARY_CHAT, ...undated, confidence: 'high',
        },
        {
          id: 'archive-keeps',
          headline: 'Archived chats are kept in full',
          text: 'Archiving only hides a chat from the sidebar: archived chats are kept like any other.',
          source: OPENAI_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'library-files',
          headline: 'Library files outlive their chats',
          text: 'Deleting a chat does not delete files you saved to your Library.',
          source: OPENAI_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'memory',
          headline: 'Memories stay until you delete them',
          text: 'Deleting a memory (Settings → Personalization → Manage memories), or asking ChatGPT to forget it, removes the saved memory; the chats that mention it stay until you delete those chats.',
          source: 'https://help.openai.com/en/articles/8590148-memory-faq', ...undated, confidence: 'medium',
        },
        {
          id: 'account-data',
          headline: 'Account and payment data: no fixed limit',
          text: 'Account data (name, contact details, credentials, payment and transaction history) has no fixed retention period; deleting chats does not remove it.',
          detail: 'Only deleting the account removes it: within 30 days, except what the law requires or permits OpenAI to keep.',
          source: 'https://openai.com/policies/row-privacy-policy', ...undated, confidence: 'medium',
        },
        {
          id: 'optout-not-retroactive',
          headline: 'Opting out is not retroactive',
          text: 'Opting out only applies to new chats: it does not undo training that already happened.',
          source: 'https://help.openai.com/en/articles/7039943-data-usage-for-consumer-services-faq', ...undated, confidence: 'medium',
        },
      ],
    },
    {
      id: 'court-order',
      title: 'The 2025 court order (NYT v. OpenAI)',
      facts: [
        {
          id: 'order-scope',
          headline: 'May 2025: a court order kept deleted chats',
          text: 'From 13 May 2025 a US court order made OpenAI keep ChatGPT Free, Plus, Pro and Team and non-ZDR API output logs that would otherwise have been deleted, deleted and Temporary Chats included.',
          detail: 'Enterprise, Edu and Zero Data Retention API customers were not covered. Whether prompts, not only outputs, were kept is reported inconsistently.',
          source: OPENAI_NYT, date: '2025-06-05', confidence: 'high',
        },
        {
          id: 'order-ended',
          headline: 'The order ended on 26 Sep 2025',
          text: 'OpenAI says its duty to keep everything ended on 26 Sep 2025 and that it is back to deleting deleted chats, Temporary Chats and API data within 30 days.',
          detail: 'OpenAI still holds a limited set of April-September 2025 user data, locked down for its legal and security staff.',
          source: OPENAI_NYT, date: '2025-10-22', confidence: 'high',
        },
        {
          id: 'flagged-accounts',
          headline: 'Accounts the plaintiffs flagged stay on hold',
          text: 'Court reporting adds that the end of the order was approved on 9 Oct 2025, and that logs already preserved, and data of the accounts the plaintiffs flagged, remain on hold.',
          source: ORDER_END_REPORTING, date: '2025-10', confidence: 'high',
        },
        {
          id: 'twenty-million-logs',
          headline: 'Ordered to produce 20 million old chat logs',
          text: 'Separately, on 7 Nov 2025 the court ordered OpenAI to produce about 20 million de-identified consumer ChatGPT logs, a sample from Dec 2022 to Nov 2024.',
          detail: 'Business customers were excluded from the sample.',
          source: OPENAI_NYT_LOGS, date: '2025-11-12', confidence: 'medium',
        },
        {
          id: 'twenty-million-affirmed',
          headline: 'Jan 2026: the order to produce was affirmed',
          text: 'On 5 Jan 2026 the district judge affirmed the order to produce the 20 million logs.',
          source: 'https://news.bloomberglaw.com/ip-law/openai-must-turn-over-20-million-chatgpt-logs-judge-affirms', date: '2026-01-05', confidence: 'medium',
        },
      ],
    },
    {
      id: 'business',
      title: 'Business plans and the API',
      facts: [
        {
          id: 'business-no-training',
          headline: 'Business, Enterprise, Edu: not trained on',
          text: 'ChatGPT Business (formerly Team), Enterprise and Edu are not used for training by default; Enterprise admins can set a retention period of at least 90 days.',
          source: 'https://academy.openai.com/public/clubs/admins-6o6xf/resources/data-governance-and-compliance', ...undated, confidence: 'high',
        },
        {
          id: 'api-30-days',
          headline: 'API: logs kept up to 30 days',
          text: 'API data is not used for training unless you opt in (since 1 Mar 2023); abuse-monitoring logs with prompts and responses are kept up to 30 days.',
          detail: 'Zero Data Retention and Modified Abuse Monitoring keep content out of those logs, but need OpenAI\'s approval.',
          source: OPENAI_API_DATA, ...undated, confidence: 'high',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'improve-model',
      text: 'Turn off "Improve the model for everyone"',
      detail: 'Profile icon → Settings → Data Controls. Stops training on new chats; keeps your history as it is.',
      url: 'https://chatgpt.com/#settings/DataControls',
      source: OPENAI_DATA_CONTROLS_FAQ, ...undated, confidence: 'high',
    },
    {
      id: 'temporary-chat',
      text: 'Use Temporary Chat to keep a chat out of history and training',
      detail: 'Not in your history and never used for training, but kept up to 30 days and covered by the 2025 court order: still no place for secrets.',
      url: OPENAI_TEMPORARY_CHAT,
      source: OPENAI_TEMPORARY_CHAT, ...undated, confidence: 'high',
    },
    {
      id: 'privacy-portal',
      text: 'Ask the privacy portal: "Do not train on my content"',
      detail: 'privacy.openai.com → Make a Privacy Request → I have a consumer ChatGPT account.',
      url: 'https://privacy.openai.com/',
      source: 'https://help.openai.com/en/articles/5722486-how-your-data-is-used-to-improve-model-performance', ...undated, confidence: 'high',
    },
    {
      id: 'export',
      text: 'Export your data to see what is stored',
      detail: 'Settings → Data controls → Export data. The download link arrives within 7 days and expires after 24 hours.',
      url: 'https://help.openai.com/en/articles/7260999-how-do-i-export-my-chatgpt-history-and-data',
      source: 'https://help.openai.com/en/articles/7260999-how-do-i-export-my-chatgpt-history-and-data', ...undated, confidence: 'high',
    },
    {
      id: 'delete-chats',
      text: 'Delete chats you no longer need',
      detail: 'Deleted chats are purged within 30 days; archiving is not deleting.',
      url: OPENAI_RETENTION,
      source: OPENAI_RETENTION, ...undated, confidence: 'high',
    },
    {
      id: 'delete-account',
      text: 'Delete your account',
      detail: 'Settings → Account → Delete account (older apps: Data Controls). Permanent; data deleted within 30 days, except what the law requires or permits OpenAI to keep.',
      url: OPENAI_DELETE_ACCOUNT,
      source: OPENAI_DELETE_ACCOUNT, ...undated, confidence: 'medium',
    },
  ],
};

export const COPILOT: ProviderFacts = {
  id: 'copilot',
  name: 'GitHub Copilot',
  plans: 'Free, Pro, Pro+, Max, Business and Enterprise',
  summary: 'Free, Pro, Pro+ and Max train on your data unless you opt out',
  sections: [
    {
      id: 'keeps',
      title: 'What GitHub keeps',
      facts: [
        {
          id: 'training-2026',
          headline: 'Trains on individual plans by default',
          text: 'Since 24 Apr 2026 GitHub may train its models on Copilot Free, Pro, Pro+ and Max interaction data (prompts, suggestions, code snippets and context) unless you opt out.',
          detail: 'Section J of GitHub\'s Terms for Additional Products and Features (effective 24 Apr 2026, re-issued 27 Apr 2026). Code from private repositories that Copilot processes while you use it is in scope.',
          source: GITHUB_TERMS_J, date: '2026-04-24', confidence: 'high',
        },
        {
          id: 'optout-forward',
          headline: 'The opt-out counts from the day you set it',
          text: 'Opting out covers what you send from the day you opt out; it does not reach back to data collected before.',
          source: GITHUB_TERMS_J, date: '2026-04-24', confidence: 'high',
        },
        {
          id: 'business-no-training',
          headline: 'Business and Enterprise: not trained on',
          text: 'Copilot Business and Enterprise data is not used to train GitHub\'s models.',
          source: COPILOT_FAQ, date: '2026-06-10', confidence: 'high',
        },
        {
          id: 'business-retention',
          headline: 'Business/Enterprise: 28 days outside the IDE',
          text: 'Business and Enterprise: IDE chat and completion prompts are not kept; prompts on other surfaces (github.com, mobile, CLI) are kept 28 days; engagement data two years.',
          source: COPILOT_FAQ, date: '2026-06-10', confidence: 'high',
        },
        {
          id: 'individual-retention-unknown',
          headline: 'Individual plans: retention not stated',
          text: 'GitHub\'s Privacy Statement gives no retention period for individual plans: data is kept as long as your account is active.',
          source: GITHUB_PRIVACY, date: '2026-04-27', confidence: 'high',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'disable-training',
      text: 'Disable "Allow GitHub to use my data for AI model training"',
      detail: 'github.com/settings/copilot/features → Privacy. Copilot keeps working. The setting is hidden on accounts that hold a Business or Enterprise seat.',
      url: 'https://github.com/settings/copilot/features',
      source: GITHUB_TERMS_J, date: '2026-04-24', confidence: 'high',
    },
  ],
};

export const CLAUDE: ProviderFacts = {
  id: 'claude',
  name: 'Claude (Anthropic)',
  plans: 'Free, Pro and Max; Team, Enterprise and the API',
  summary: 'Chats stay until you delete them; feedback 5 years',
  sections: [
    {
      id: 'keeps',
      title: 'What Anthropic keeps',
      facts: [
        {
          id: 'choice',
          headline: 'You choose whether Claude trains on your chats',
          text: 'Free, Pro and Max users (Claude Code included) choose whether their chats and coding sessions train Anthropic\'s models.',
          source: CLAUDE_TERMS_UPDATE, date: '2025-08-28', confidence: 'high',
        },
        {
          id: 'preset-on',
          headline: 'The switch was shown already on',
          text: 'During the 2025 rollout the training switch was shown already turned on, next to a large "Accept" button.',
          source: 'https://www.ndtvprofit.com/technology/anthropic-to-use-claude-chats-for-training-ai-models-from-september-how-to-opt-out', date: '2025-09-01', confidence: 'medium',
        },
        {
          id: 'history-until-deleted',
          headline: 'Chats stay until you delete them',
          text: 'Your Claude chat history stays until you delete it, with training on or off.',
          source: CLAUDE_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'five-years',
          headline: 'Training on: kept up to 5 years',
          text: 'With training allowed, Anthropic may keep your chats up to 5 years; with it off, its back-end copies are limited to 30 days.',
          detail: 'Turning training off later does not undo training runs already started or models already trained.',
          source: CLAUDE_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'deleted',
          headline: 'Deleted chats: off the back end in 30 days',
          text: 'A deleted chat leaves your history at once and the back end within 30 days; chats flagged for policy violations are kept up to 2 years (classifier scores 7 years).',
          source: CLAUDE_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'feedback',
          headline: 'Feedback is kept 5 years',
          text: 'Feedback you send (thumbs up or down, /feedback or /bug transcripts) is kept up to 5 years, whatever your training setting.',
          source: CLAUDE_RETENTION, ...undated, confidence: 'high',
        },
      ],
    },
    {
      id: 'commercial',
      title: 'Team, Enterprise and the API',
      facts: [
        {
          id: 'commercial-api',
          headline: 'API: deleted within 30 days',
          text: 'Anthropic API inputs and outputs are deleted from the back end within 30 days by default; Zero Data Retention needs an agreement.',
          source: CLAUDE_COMMERCIAL_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'commercial-chats',
          headline: 'Team and Enterprise: chats stay until deleted',
          text: 'Team and Enterprise chats stay in the product until someone deletes them, then leave the back end within 30 days; feedback is kept up to 5 years.',
          detail: 'Commercial plans are not trained on by default; your organization may set its own retention.',
          source: CLAUDE_COMMERCIAL_RETENTION, ...undated, confidence: 'medium',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'help-improve',
      text: 'Turn off "Help improve Claude"',
      detail: 'claude.ai → Settings → Privacy (data privacy controls). Feedback you send is still kept up to 5 years.',
      url: 'https://claude.ai/settings/data-privacy-controls',
      source: CLAUDE_DATA_USAGE, ...undated, confidence: 'medium',
    },
  ],
};

export const GEMINI: ProviderFacts = {
  id: 'gemini',
  name: 'Gemini apps (Google)',
  plans: 'personal Google accounts',
  summary: 'Reviewed chats are kept up to 3 years',
  sections: [
    {
      id: 'keeps',
      title: 'What Google keeps',
      facts: [
        {
          id: 'keep-activity',
          headline: 'Keep Activity stores your chats',
          text: 'While Keep Activity (formerly Gemini Apps Activity) is on, your Gemini chats are stored in your Google Account and may be used to improve Google AI.',
          source: GEMINI_ACTIVITY, ...undated, confidence: 'high',
        },
        {
          id: 'auto-delete',
          headline: 'Activity is kept 18 months by default',
          text: 'Activity is auto-deleted after 18 months by default, or after 3 or 36 months if you choose; for users under 18 the default is 3 months.',
          source: GEMINI_PRIVACY_HUB, ...undated, confidence: 'high',
        },
        {
          id: 'seventy-two-hours',
          headline: 'Activity off: still kept up to 72 hours',
          text: 'Even with Keep Activity off, chats are kept up to 72 hours to run the service and process feedback.',
          source: GEMINI_PRIVACY_HUB, ...undated, confidence: 'high',
        },
        {
          id: 'temporary-chats',
          headline: 'Temporary Chats: kept up to 72 hours',
          text: 'Gemini Temporary Chats are kept up to 72 hours and are not used to improve Google AI.',
          source: GEMINI_PRIVACY_HUB, ...undated, confidence: 'high',
        },
        {
          id: 'human-review',
          headline: 'Reviewed chats: kept up to 3 years',
          text: 'Chats read by human reviewers are kept up to 3 years, disconnected from your account, and are not deleted when you delete your activity.',
          detail: 'Google\'s own advice: do not enter confidential information you would not want a reviewer to see.',
          source: GEMINI_PRIVACY_HUB, ...undated, confidence: 'high',
        },
        {
          id: 'feedback-reviewed',
          headline: 'Feedback can still be read by people',
          text: 'Feedback you submit can still be reviewed by people, even with Keep Activity off.',
          source: GEMINI_PRIVACY_HUB, ...undated, confidence: 'high',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'turn-off-activity',
      text: 'Turn off Keep Activity and delete past activity',
      detail: 'myactivity.google.com/product/gemini. Stops future chats being used to improve Google AI; chats are still kept up to 72 hours, and feedback you submit can still be reviewed.',
      url: 'https://myactivity.google.com/product/gemini',
      source: GEMINI_ACTIVITY, ...undated, confidence: 'high',
    },
  ],
};

export const CURSOR: ProviderFacts = {
  id: 'cursor',
  name: 'Cursor',
  plans: 'all plans',
  summary: 'Privacy Mode: zero retention at model providers, not at Cursor',
  sections: [
    {
      id: 'keeps',
      title: 'What Cursor keeps',
      facts: [
        {
          id: 'privacy-mode-zdr',
          headline: 'Privacy Mode: zero retention at providers',
          text: 'With Privacy Mode on, Cursor holds zero-data-retention agreements with every model provider: they neither store your code nor train on it.',
          source: CURSOR_PRIVACY, ...undated, confidence: 'high',
        },
        {
          id: 'cursor-stores',
          headline: 'Privacy Mode: Cursor may still store code',
          text: 'Even with Privacy Mode on, Cursor itself may store code for features that need it, such as background (cloud) agents and memories; only the older "legacy" Privacy Mode rules that out.',
          source: CURSOR_DATA_USE, ...undated, confidence: 'medium',
        },
        {
          id: 'own-api-key',
          headline: 'Your own API key still goes through Cursor',
          text: 'Requests made with your own API key still pass through Cursor\'s servers.',
          source: CURSOR_DATA_USE, ...undated, confidence: 'medium',
        },
        {
          id: 'privacy-mode-off',
          headline: 'Privacy Mode off: your code may train models',
          text: 'With Privacy Mode off, Cursor may store and use prompts, code snippets and editor actions to improve and train its models.',
          detail: 'Codebase indexing uploads code chunks to compute embeddings; embeddings and metadata may be stored, the plaintext code is not.',
          source: CURSOR_DATA_USE, ...undated, confidence: 'medium',
        },
        {
          id: 'teams-default',
          headline: 'On by default for teams only',
          text: 'Privacy Mode is on by default for teams; Cursor does not say what the default is for individual accounts, so check yours.',
          source: CURSOR_PRIVACY, ...undated, confidence: 'high',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'enable-privacy-mode',
      text: 'Turn on Privacy Mode',
      detail: 'Cursor Settings (Ctrl/Cmd+Shift+J) → General → Privacy Mode.',
      url: CURSOR_PRIVACY,
      source: CURSOR_PRIVACY, ...undated, confidence: 'high',
    },
  ],
};

/** ChatGPT first: it is where most pasted code and data goes. */
export const PROVIDERS: readonly ProviderFacts[] = [OPENAI, COPILOT, CLAUDE, GEMINI, CURSOR];

/** One line for the status bar tooltip. */
export const OPENAI_REMINDER_TEXT =
  'ChatGPT keeps chats until you delete them, even with training off; deleted and Temporary Chats are kept up to 30 days.';

/** Every fact and step with a source, the legal hold first. */
export function allSourced(): Sourced[] {
  return [LEGAL_HOLD, ...PROVIDERS.flatMap((p) => [...p.sections.flatMap((s) => s.facts), ...p.optOut])];
}

export interface SourceEntry {
  readonly url: string;
  /** The distinct dates under which facts cite this source (a source may back facts of several dates). */
  readonly dates: readonly Pick<Sourced, 'date' | 'pageUndated'>[];
}

/** Every distinct source with its dates, in the order the view shows them, for the "Open Sources" action. */
export function allSources(): SourceEntry[] {
  const byUrl = new Map<string, Map<string, Pick<Sourced, 'date' | 'pageUndated'>>>();
  for (const s of allSourced()) {
    let dates = byUrl.get(s.source);
    if (!dates) byUrl.set(s.source, (dates = new Map()));
    dates.set(`${s.date}${s.pageUndated ? ' undated' : ''}`, { date: s.date, pageUndated: s.pageUndated });
  }
  return [...byUrl].map(([url, dates]) => ({ url, dates: [...dates.values()] }));
}
