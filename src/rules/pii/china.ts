import type { Rule } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { requireLabelOnLine, realDate, standaloneNumber, weightedSum } from './checks';

/** First two digits of the administrative division code: provinces, Taiwan (71) and the SARs (81, 82). */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);

/**
 * China resident identity card number: six-digit division code, birth date YYYYMMDD, three-digit sequence
 * and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
export function chinaRicValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v) || !PROVINCES.has(Number(v.slice(0, 2)))) return false;
  const year = Number(v.slice(6, 10));
  if (year < 1900 || !realDate(year, Number(v.slice(10, 12)), Number(v.slice(12, 14)))) return false;
  return '10X98765432'[weightedSum(v, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === v[17];
}

export const chinaRules: readonly Rule[] = [
  {
    id: 'cn-resident-id',
    title: 'China resident identity card number',
    category: 'pii',
    kind: 'CN_RESIDENT_ID',
    severity: 'high',
    confidence: 'medium',
    description: 'The resident identity number identifies a Chinese citizen for life and encodes birthplace, birth date and sex.',
    keywords: ['resident id', 'identity card', 'id card', 'id_card', 'idcard', 'shenfenzheng', 'shenfen', 'citizen id', 'chinese id', 'prc id', '身份证', '公民身份号码'],
    tableColumns: true,
    window: 80,
    pattern: /(?<![\dA-Za-z])[1-8]\d{16}[\dXx](?![\dA-Za-z])/,
    validators: [
      standaloneNumber,
      (ctx) => chinaRicValid(ctx.value) && !isRepetitive(ctx.value),
      requireLabelOnLine(['resident id', 'resident identity', 'identity card', 'id card', 'id_card', 'idcard', 'id card no', 'shenfenzheng', 'shenfen zheng', 'citizen id', 'chinese id', 'prc id', '身份证', '身份证号', '身份证号码', '居民身份证', '公民身份号码'], 60),
    ],
    examples: {
      positive: ['Resident ID: 51010419761130287X', 'name,id_card\nWang Fang,440305199207152345', '{"shenfenzheng": "110105198503142318"}', '身份证号码：51010419761130287X', '姓名,身份证号\n王芳,440305199207152345'],
      negative: [
        { text: 'Resident ID: 510104197611302871', reason: 'wrong MOD 11-2 check character' },
        { text: 'ID card: 110105198513142318', reason: 'month 13 is no month' },
        { text: 'ID card: 990105198503142318', reason: '99 is no province code' },
        { text: 'trace 51010419761130287X', reason: 'no identity-card label near' },
      ],
    },
  },
];
