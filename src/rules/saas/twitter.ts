import type { Rule } from '../../engine/types';
import { shannonEntropy } from '../../engine/validators';
import { mixedCaseAndDigits, tailEntropy } from './builders';

const HELP = 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/application-only';

/**
 * X (Twitter) credentials with a recognisable shape. App-only bearer tokens begin with a run of about 21
 * `A`s and carry URL-encoded `+`/`=` (`%2B`, `%3D`); the length (about 110) is not documented, so 70 to 150
 * characters after the run are accepted. OAuth 1.0a user access tokens are the numeric user id, `-`, and a
 * random part (about 40 characters, not documented): those only count near a Twitter name. Consumer keys
 * and secrets are plain base62 and left to the generic assignment rules.
 */
export const twitterRules: readonly Rule[] = [
  {
    id: 'twitter-bearer-token',
    title: 'X (Twitter) app-only bearer token',
    category: 'secret',
    kind: 'TWITTER_TOKEN',
    severity: 'high',
    description: 'Calls the X API as the app: reads public posts, users and lists and spends the app’s rate limits and paid quota.',
    // Woken by the words a bearer token travels with, not by its run of A's: keywords match case-insensitively,
    // and base64 of zero bytes (or any run of a's) would wake the rule at every character.
    keywords: ['bearer', 'twitter', 'tweepy', 'x_api', 'xapi'],
    pattern: /(?<![A-Za-z0-9%_-])A{20,24}[A-Za-z0-9%]{70,150}(?![A-Za-z0-9%_-])/,
    validators: [tailEntropy(24, 4.2), mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: [
        'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAazx6fTQXOc%2BNJSxh87uPQhbIr3PEqPX%3DTAMTmHcrasDl65xWqWf5qT4UyhOIwXaJ3D4pLJxKQwmB9qL37K',
        'client = tweepy.Client(bearer_token="AAAAAAAAAAAAAAAAAAAAApNg2M5FLNk%2BfYtMcJWSvxdw8F5erPJ3%3DH18FW2BgjprQvdl9XZJRPTtSrMgPAiYUnS7KaUVhC6rSybtBb9")',
        'curl -H "Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAGk3pVw7%2FnB2qUd%2BL6sZr9tYcHm%3D4xQeP8uJfK2vNbW7sLdA5yRgT1oMzC6hE9iXwV3jF0kqU8pS" https://api.x.com/2/tweets',
      ],
      negative: [
        { text: 'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', reason: 'only As: padding, not a token' },
        { text: 'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAazx6fTQXOc%2BNJSxh87uPQhbIr3', reason: 'too short' },
        {
          text: 'data:application/octet-stream;base64,AAAAAAAAAAAAAAAAAAAAAGk3pVw7nB2qUdL6sZr9tYcHm4xQeP8uJfK2vNbW7sLdA5yRgT1oMzC6hE9iXwV3jF0kqU8pS',
          reason: 'base64 data that starts with zero bytes, with no bearer or X name near',
        },
      ],
    },
  },
  {
    id: 'twitter-access-token',
    title: 'X (Twitter) OAuth 1.0a access token',
    category: 'secret',
    kind: 'TWITTER_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'Together with its secret, posts, reads direct messages and follows as the user who authorised the app.',
    keywords: ['twitter', 'tweepy'],
    pattern: /(?<![A-Za-z0-9_-])[1-9][0-9]{4,19}-[A-Za-z0-9]{30,50}(?![A-Za-z0-9_-])/,
    validators: [({ value }) => shannonEntropy(value.slice(value.indexOf('-') + 1)) >= 4.0, mixedCaseAndDigits],
    window: 120,
    helpUrl: 'https://docs.x.com/resources/fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens',
    examples: {
      positive: [
        'TWITTER_ACCESS_TOKEN=227896256840338320-uZhzcRnc8noSKLqcPFHQnS841eXsPR4i7CW96TY6',
        'auth = tweepy.OAuth1UserHandler(key, secret, "102703151297653016-0vrP0aPXWSQgJuvWEEdzuPmV4cbmU2py1AS7Ukl0", token_secret)',
      ],
      negative: [
        { text: 'ORDER_REF=227896256840338320-uZhzcRnc8noSKLqcPFHQnS841eXsPR4i7CW96TY6', reason: 'no Twitter name nearby' },
        { text: 'TWITTER_ACCESS_TOKEN=227896256840338320-uZhzcRnc8noSKLq', reason: 'random part too short' },
      ],
    },
  },
];
