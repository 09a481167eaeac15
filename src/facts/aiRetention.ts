/**
 * What AI providers keep of what you send them, and how to opt out: the data behind the
 * "What AI Providers Keep" tree. Every fact carries its source and an "as of" date.
 *
 * Source of truth: shared/facts/ai-retention-facts.md (compiled 2026-11-29). The wording here is ours.
 * Facts that the sheet marks outdated or unreliable are deliberately absent, notably:
 *  - "turning off training makes ChatGPT keep chats only 30 days" (true only of the 2023 toggle);
 *  - "the NYT preservation order is still in force" (it ended on 2025-09-26);
 *  - any retention number for GitHub Copilot Free/Pro/Pro+ prompts, or Cursor's default Privacy Mode for individuals.
 * Re-check each page before a release: help-centre pages change without notice.
 */

export type FactConfidence = 'high' | 'medium' | 'low';

/** The day the fact sheet was compiled; the "as of" date of facts whose page carries no date. */
export const FACTS_COMPILED = '2026-11-29';

export interface Sourced {
  /** Where the fact comes from: the official page first. */
  readonly source: string;
  /**
   * The date the fact is known to hold: the source's own date where it has one, otherwise the day the
   * sheet was compiled (then `pageUndated` is true).
   */
  readonly asOf: string;
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

const undated = { asOf: FACTS_COMPILED, pageUndated: true } as const;

const OPENAI_DATA_CONTROLS_FAQ = 'https://help.openai.com/en/articles/7730893-data-controls-faq';
const OPENAI_RETENTION = 'https://help.openai.com/en/articles/8983778-chat-and-file-retention-policies-in-chatgpt';
const OPENAI_TEMPORARY_CHAT = 'https://help.openai.com/en/articles/8914046-temporary-chat-faq';
const OPENAI_NYT = 'https://openai.com/index/response-to-nyt-data-demands/';
const OPENAI_API_DATA = 'https://developers.openai.com/api/docs/guides/your-data';
const OPENAI_DELETE_ACCOUNT = 'https://help.openai.com/en/articles/6378407-how-to-delete-your-account';
const COPILOT_FAQ = 'https://github.com/features/copilot';
const CLAUDE_DATA_USAGE = 'https://code.claude.com/docs/en/data-usage';
const CLAUDE_RETENTION = 'https://privacy.anthropic.com/en/articles/10023565';
const GEMINI_PRIVACY_HUB = 'https://support.google.com/gemini/answer/13594961';
const CURSOR_PRIVACY = 'https://cursor.com/help/security-and-privacy/privacy';

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
          detail: 'To have a chat purged, delete it or use a Temporary Chat: both are removed within 30 days.',
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
          text: 'Temporary Chats are not in your history, not used for training and create no memories, but a copy may be kept up to 30 days for abuse review.',
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
          text: 'Asking ChatGPT to forget something does not delete it: remove the memory in Settings (Personalization or Memory) and delete the chats it came from.',
          source: 'https://help.openai.com/en/articles/8590148-memory-faq', ...undated, confidence: 'medium',
        },
        {
          id: 'account-data',
          headline: 'Account and payment data: no fixed limit',
          text: 'Account data (name, contact details, credentials, payment and transaction history) has no fixed retention period; deleting chats does not remove it.',
          detail: 'Only deleting the account removes it: within 30 days, except data OpenAI must or may keep by law.',
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
          source: OPENAI_NYT, asOf: '2025-06-05', confidence: 'high',
        },
        {
          id: 'order-ended',
          headline: 'The order ended on 26 Sep 2025, with exceptions',
          text: 'The broad order ended on 26 Sep 2025 (approved 9 Oct 2025); logs already preserved, and data of accounts the plaintiffs flagged, are still held.',
          detail: 'OpenAI says it keeps limited April-September 2025 user data locked down for legal and security staff only, and has returned to deleting deleted chats, Temporary Chats and API data within 30 days.',
          source: OPENAI_NYT, asOf: '2025-10-22', confidence: 'high',
        },
        {
          id: 'twenty-million-logs',
          headline: '20 million old chats handed over',
          text: 'Separately, OpenAI was ordered to hand over 20 million de-identified consumer ChatGPT logs sampled from Dec 2022 to Nov 2024 (affirmed 5 Jan 2026).',
          source: 'https://news.bloomberglaw.com/ip-law/openai-must-turn-over-20-million-chatgpt-logs-judge-affirms', asOf: '2026-01-05', confidence: 'high',
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
      text: 'Use Temporary Chat for anything sensitive',
      detail: 'Not in your history, never used for training, deleted within 30 days.',
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
      detail: 'Settings → Account → Delete account (older apps: Data Controls). Permanent; data deleted within 30 days except what the law requires.',
      url: OPENAI_DELETE_ACCOUNT,
      source: OPENAI_DELETE_ACCOUNT, ...undated, confidence: 'medium',
    },
  ],
};

export const COPILOT: ProviderFacts = {
  id: 'copilot',
  name: 'GitHub Copilot',
  plans: 'Free, Pro, Pro+, Business and Enterprise',
  summary: 'Free/Pro/Pro+ train on your data unless you opt out',
  sections: [
    {
      id: 'keeps',
      title: 'What GitHub keeps',
      facts: [
        {
          id: 'training-2026',
          headline: 'Trains on Free, Pro and Pro+ data by default',
          text: 'Since 24 Apr 2026 GitHub may train its models on Copilot Free, Pro and Pro+ interaction data (prompts, suggestions, code snippets and context) unless you opt out.',
          detail: 'Code from private repositories that Copilot processes while you use it is in scope; earlier opt-outs carry over.',
          source: COPILOT_FAQ, asOf: '2026-06-10', confidence: 'high',
        },
        {
          id: 'business-no-training',
          headline: 'Business and Enterprise: not trained on',
          text: 'Copilot Business and Enterprise data is not used to train GitHub\'s models.',
          source: COPILOT_FAQ, asOf: '2026-06-10', confidence: 'high',
        },
        {
          id: 'business-retention',
          headline: 'Business/Enterprise: 28 days outside the IDE',
          text: 'Business and Enterprise: IDE chat and completion prompts are not kept; prompts on other surfaces (github.com, mobile, CLI) are kept 28 days; engagement data two years.',
          source: COPILOT_FAQ, asOf: '2026-06-10', confidence: 'high',
        },
        {
          id: 'individual-retention-unknown',
          headline: 'Individual plans: retention not stated',
          text: 'GitHub states no clear retention period for Free, Pro and Pro+ prompts in the IDE.',
          source: COPILOT_FAQ, asOf: '2026-06-10', confidence: 'medium',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'disable-training',
      text: 'Disable "Allow GitHub to use my data for AI model training"',
      detail: 'github.com/settings/copilot/features → Privacy. Copilot keeps working.',
      url: 'https://github.com/settings/copilot/features',
      source: COPILOT_FAQ, asOf: '2026-06-10', confidence: 'high',
    },
  ],
};

export const CLAUDE: ProviderFacts = {
  id: 'claude',
  name: 'Claude (Anthropic)',
  plans: 'Free, Pro and Max',
  summary: '5 years with training on, 30 days with it off',
  sections: [
    {
      id: 'keeps',
      title: 'What Anthropic keeps',
      facts: [
        {
          id: 'choice',
          headline: 'You choose whether Claude trains on your chats',
          text: 'Free, Pro and Max users (Claude Code included) choose whether their chats and coding sessions train Anthropic\'s models.',
          source: 'https://www.anthropic.com/news/updates-to-our-consumer-terms', asOf: '2025-08-28', confidence: 'high',
        },
        {
          id: 'preset-on',
          headline: 'The switch was shown already on',
          text: 'During the 2025 rollout the training switch was shown already turned on, next to a large "Accept" button.',
          source: 'https://www.ndtvprofit.com/technology/anthropic-to-use-claude-chats-for-training-ai-models-from-september-how-to-opt-out', asOf: '2025-09-01', confidence: 'medium',
        },
        {
          id: 'five-years',
          headline: '5 years with training on, 30 days off',
          text: 'With training allowed, chats are kept up to 5 years; with it off, up to 30 days.',
          detail: 'Turning training off later does not undo training runs already started or models already trained.',
          source: CLAUDE_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'deleted',
          headline: 'Deleted chats: gone within 30 days',
          text: 'Deleted chats leave your history at once and the back end within 30 days; chats flagged for policy violations are kept up to 2 years (classifier scores 7 years).',
          source: CLAUDE_RETENTION, ...undated, confidence: 'high',
        },
        {
          id: 'commercial',
          headline: 'Work and API plans: not trained on',
          text: 'Claude for Work, the API and other commercial plans are not trained on by default; standard retention is 30 days.',
          source: CLAUDE_DATA_USAGE, ...undated, confidence: 'high',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'help-improve',
      text: 'Turn off "Help improve Claude"',
      detail: 'claude.ai → Settings → Privacy (data privacy controls).',
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
          source: 'https://support.google.com/gemini/answer/13278892', ...undated, confidence: 'high',
        },
        {
          id: 'auto-delete',
          headline: 'Activity is kept 18 months by default',
          text: 'Keep Activity is on by default for adults, and activity is auto-deleted after 18 months unless you pick 3 or 36.',
          source: 'https://unanswered.io/guide/how-to-stop-google-gemini-from-using-your-data', ...undated, confidence: 'medium',
        },
        {
          id: 'seventy-two-hours',
          headline: 'Activity off: still kept up to 72 hours',
          text: 'Even with Keep Activity off, chats are kept up to 72 hours to run the service.',
          detail: 'Reported by secondary sources; check the official Gemini Apps Privacy Hub.',
          source: 'https://www.bgr.com/1939066/how-to-stop-google-gemini-training-personal-data/', ...undated, confidence: 'medium',
        },
        {
          id: 'human-review',
          headline: 'Reviewed chats: kept up to 3 years',
          text: 'Chats read by human reviewers are kept up to 3 years, disconnected from your account, and are not deleted when you delete your activity.',
          detail: 'Google\'s own advice: do not enter confidential information you would not want a reviewer to see.',
          source: GEMINI_PRIVACY_HUB, ...undated, confidence: 'high',
        },
      ],
    },
  ],
  optOut: [
    {
      id: 'turn-off-activity',
      text: 'Turn off Keep Activity and delete past activity',
      detail: 'myactivity.google.com/product/gemini. Stops human review and training on future chats.',
      url: 'https://myactivity.google.com/product/gemini',
      source: 'https://support.google.com/gemini/answer/13278892', ...undated, confidence: 'high',
    },
  ],
};

export const CURSOR: ProviderFacts = {
  id: 'cursor',
  name: 'Cursor',
  plans: 'all plans',
  summary: 'Privacy Mode means zero retention at model providers',
  sections: [
    {
      id: 'keeps',
      title: 'What Cursor keeps',
      facts: [
        {
          id: 'privacy-mode-zdr',
          headline: 'Privacy Mode: providers keep nothing',
          text: 'With Privacy Mode on, Cursor holds zero-data-retention agreements with every model provider: your code is not stored by them or used for training.',
          source: CURSOR_PRIVACY, ...undated, confidence: 'high',
        },
        {
          id: 'privacy-mode-off',
          headline: 'Privacy Mode off: your code may train models',
          text: 'With Privacy Mode off, Cursor may store and use prompts, code snippets and editor actions to improve and train its models.',
          detail: 'Codebase indexing uploads code chunks to compute embeddings; embeddings and metadata may be stored, the plaintext code is not.',
          source: 'https://cursor.com/data-use', ...undated, confidence: 'medium',
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

/** Every distinct source URL, for the "Open Sources" action. */
export function allSources(): string[] {
  const urls = new Set<string>();
  for (const p of PROVIDERS) {
    for (const s of p.sections) for (const f of s.facts) urls.add(f.source);
    for (const o of p.optOut) urls.add(o.source);
  }
  return [...urls];
}
