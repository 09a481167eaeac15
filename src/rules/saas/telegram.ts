import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

export const telegramRules: readonly Rule[] = [
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    category: 'secret',
    kind: 'TELEGRAM_BOT_TOKEN',
    severity: 'high',
    description: 'Controls the Telegram bot: reads the messages sent to it and writes as it to its users and groups.',
    keywords: [':aa'],
    pattern: /(?<![A-Za-z0-9_:-])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['telegram', 'bot', 'tg_', 'tg.'], window: 200, required: false },
    helpUrl: 'https://core.telegram.org/bots/api#authorizing-your-bot',
    examples: {
      positive: ['TELEGRAM_BOT_TOKEN=1426080260:AAAx1tPgYqYS-FyYeQ6q5EmVvm5asZfpjpi', 'bot = telebot.TeleBot("078840757:AAjdr6ELzAe0nXqrYtlq9g1DRQZQNlvmgjp")'],
      negative: [
        { text: 'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'TELEGRAM_BOT_TOKEN=0624085091:AA7pDnPtSeh71ZiaAaz7Sw', reason: 'too short' },
      ],
    },
  },
];
