import type { Rule, Validator } from '../../engine/types';
import { DISCORD_USER_ID } from '../../engine/anchors';
import { base64Decode } from '../../engine/validators';

/** The first part of a Discord bot token is the bot's user id (a 17-20 digit snowflake) in base64. */
const snowflakeFirstPart: Validator = ({ value }) => {
  const id = base64Decode(value.slice(0, value.indexOf('.')));
  return id !== undefined && /^[1-9][0-9]{16,19}$/.test(id);
};

/** What both bot-token rules share: the token's shape and check, what it grants. */
const botToken = {
  category: 'secret',
  kind: 'DISCORD_TOKEN',
  severity: 'high',
  description: 'Logs in as the Discord bot: reads every server and message it can see and acts as it.',
  pattern: /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/,
  minEntropy: 4.0,
  validators: [snowflakeFirstPart],
  helpUrl: 'https://discord.com/developers/docs/reference#authentication',
} as const;

export const discordRules: readonly Rule[] = [
  {
    id: 'discord-bot-token',
    ...botToken,
    title: 'Discord bot token',
    // Every token starts with its bot's user id in base64, whose shape the anchor finds (the validator decodes
    // it); a keyword near it makes it sure. Woken by the keywords instead, its regex ran at each of the 52,000
    // occurrences of 'token' in the bench corpus's code.
    keywords: [],
    anchor: DISCORD_USER_ID,
    window: 90,
    nearbyText: { words: ['discord', 'token', 'bot'], window: 256, required: true },
    examples: {
      positive: [
        'DISCORD_TOKEN=MTIzNDU2Nzg5MDEyMzQ1Njc4.MN3B0X.1LoXYYbCR9ZiPhZyHQnLBSsv2wEXeW8cPDf4Ev',
        "bot.run('ODc2NTQzMjEwOTg3NjU0MzIx.8cUhBf.1Cyu7VdoVaZt7Ext-N5oU5nynsE')",
      ],
      negative: [
        { text: 'DISCORD_TOKEN=MTIzNDU2Nzg5MDEyMzQ1Njc4.Zfdlz2.NjHEQb6etMw1', reason: 'last part too short' },
        { text: 'token = "Nabcdefghijklmnopqrstuvw.q-8rFh.AOE6eST4yfGTxdLk9AQ7dyBSen9BEQfIrUB8-a"', reason: 'first part does not decode to a user id' },
      ],
    },
  },
  {
    // Pasted alone, in a chat message or a log, with none of the keywords: the user id's base64 shape (an
    // anchor) wakes it, and its decoding to a snowflake makes it likely enough to show, one step less sure.
    id: 'discord-bot-token-unlabelled',
    ...botToken,
    title: 'Discord bot token (without its keyword)',
    confidence: 'medium',
    keywords: [],
    anchor: DISCORD_USER_ID,
    window: 90,
    examples: {
      positive: [
        'why does login fail with OTM0NjE1MjI2ODE1MjgzMjMw.Rl6DOH.oRPwYbnI2DH_eGVhxBChW0kz6X-QKPdBlYk9_L ?',
        'client.login("MTE4NzQwMzEyNzU4MTk4Mjc1MQ.n99XCo.CJQaiVWaao-MZ2bXj6bOvizSk1xrq3-kbiZUiD")',
      ],
      negative: [
        { text: 'id OTM0NjE1MjI2ODE1MjgzMjMw alone', reason: 'a base64 user id without the rest of a token' },
        { text: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.MN3B0X.short', reason: 'the last part is too short for a token' },
        { text: 'blob TWFueSBoYW5kcyBtYWtlIGxpZ2h0.d29yay4u.TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu', reason: 'base64 of prose, not of a user id' },
      ],
    },
  },
  {
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    category: 'secret',
    kind: 'DISCORD_WEBHOOK',
    severity: 'high',
    description: 'Posts any message into the Discord channel it is bound to, under any name and avatar.',
    keywords: ['/api/webhooks/'],
    pattern: /https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,72}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    helpUrl: 'https://discord.com/developers/docs/resources/webhook',
    examples: {
      positive: [
        'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/6215879755426434723/17YlmJa63pzxwYv-q_VY2FXcS9IOUifW7maR4fR40X4fxHP0iob9M4Y7FEDVXWMVWuJq',
        'url = "https://discordapp.com/api/webhooks/261254694341553464/oVJmhKuaaSydwx6kAr_qNlpD7_EU69OrxAR2gnmctANv9e95aT2dDq9yfZvf6bKD-prL"',
      ],
      negative: [
        { text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/123/abc', reason: 'too short: a documentation stub' },
        { text: 'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}', reason: 'a route template' },
      ],
    },
  },
];
