import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from './builders';

const HELP = 'https://developers.dropbox.com/oauth-guide';

/**
 * Dropbox OAuth tokens. Short-lived access tokens start with `sl.` (newer ones `sl.u.`, `sl.B`...) followed by
 * a long URL-safe run; their length is not documented and has grown (about 140 to well over 1000 characters),
 * so 130 or more is accepted. Legacy long-lived tokens (no longer issued, still valid) are 64 characters with
 * ten `A`s after the first eleven: that run also fills base64 blobs, so Dropbox must be named nearby.
 */
export const dropboxRules: readonly Rule[] = [
  {
    id: 'dropbox-short-lived-token',
    title: 'Dropbox short-lived access token',
    category: 'secret',
    kind: 'DROPBOX_TOKEN',
    severity: 'high',
    description: 'Reads, writes and shares the files of the Dropbox account it was issued for, within the app’s scopes, until it expires (about four hours).',
    keywords: ['sl.'],
    pattern: /(?<![A-Za-z0-9_.-])sl\.(?:[A-Za-z]\.)?[A-Za-z0-9_-]{130,1600}(?![A-Za-z0-9_-])/,
    minEntropy: 4.5,
    validators: [mixedCaseAndDigits],
    helpUrl: HELP,
    examples: {
      positive: [
        'DROPBOX_ACCESS_TOKEN=sl.nC6ITZDXPVtg58kL3WnUbtiVemIdobpSM-_FWsa7GNV0lVx2xYqZvhSOcECx_xC51EefyI2GhkQ8OediT6grqtMonOX1c6H4Ya1KIdJdUF-uwZ-3frP5qwOCLOxHQB11tvzHtftIl6gq',
        'dbx = dropbox.Dropbox("sl.u.V-q7CKxeesx3VCx3Y75oK2V1MTOZK2K9uFbfcgupKa1WwiYc83QC-e_VZ6zPmsy551KRpDAr9uAVvaidI_rmFrDsmRDjShuUdCGJTPDTt_Ch5MRaCes9TEHoks6bSjFZ40RUHV3fiHub")',
      ],
      negative: [
        { text: 'DROPBOX_ACCESS_TOKEN=sl.…', reason: 'the prefix alone' },
        { text: 'DROPBOX_ACCESS_TOKEN=sl.nC6ITZDXPVtg58kL3WnUbtiVemIdobpSM-_FWsa7GNV0lVx2xYqZvhSOcECx', reason: 'too short' },
        { text: '<xsl:stylesheet href="style.xsl.nC6ITZDXPVtg58kL3WnUbtiVemIdobpSM-_FWsa7GNV0lVx2xYqZvhSOcECx_xC51EefyI2GhkQ8OediT6grqtMonOX1c6H4Ya1KIdJdUF-uwZ-3frP5qwOCLOxHQB11tvzHt">', reason: '`sl.` inside a longer name' },
      ],
    },
  },
  {
    id: 'dropbox-long-lived-token',
    title: 'Dropbox long-lived access token (legacy)',
    category: 'secret',
    kind: 'DROPBOX_TOKEN',
    severity: 'high',
    confidence: 'medium',
    description: 'A legacy non-expiring Dropbox token: reads, writes and shares the account’s files until it is revoked.',
    // Woken by the name the rule requires anyway: the ten A's inside every token are also any run of
    // repeated letters (keywords match case-insensitively), and they woke this rule thousands of times.
    keywords: ['dropbox', 'dbx'],
    window: 200,
    pattern: /(?<![A-Za-z0-9_-])[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validators: [mixedCaseAndDigits],
    nearbyText: { words: ['dropbox', 'dbx'], window: 200, required: true },
    helpUrl: HELP,
    examples: {
      positive: [
        'DROPBOX_TOKEN=EDR9u69O0EjAAAAAAAAAAaPbneoXnDDtF_X9gujauhviduS2w93v51GjvZ7cm0hi',
        'dbx = dropbox.Dropbox(oauth2_access_token="FITFL76XVc4AAAAAAAAAAon0Qtp8FS43BNiRRsbX6GOTqEejyMmVtmaQFcx3wEK6")',
      ],
      negative: [
        { text: 'icon: "EDR9u69O0EjAAAAAAAAAAaPbneoXnDDtF_X9gujauhviduS2w93v51GjvZ7cm0hi"', reason: 'no Dropbox context: a base64 fragment' },
        { text: 'DROPBOX_TOKEN=EDR9u69O0EjAAAAAAAAAAaPbneoXnDDtF', reason: 'too short' },
      ],
    },
  },
];
