import { BITCOIN_BASE58 } from '../../engine/anchors';
import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isRepetitive } from '../../engine/validators';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { wordOnSameLine } from './checks';

const base58check = createBase58check(sha256);

/** Payload of a base58check string (version byte included) when its 4-byte double-SHA-256 checksum holds. */
function base58CheckPayload(s: string): Uint8Array | undefined {
  try {
    return base58check.decode(s);
  } catch {
    return undefined;
  }
}

/**
 * A segwit address (BIP-173 bech32 for witness v0, BIP-350 bech32m for v1+): hrp, witness version and
 * program length when the checksum and structure hold, else undefined. Mixed case is invalid.
 */
function segwitDecode(addr: string): { hrp: string; version: number; programLength: number } | undefined {
  for (const codec of [bech32, bech32m]) {
    let decoded;
    try {
      decoded = codec.decode(addr);
    } catch {
      continue;
    }
    const [version, ...program] = decoded.words;
    if (version === undefined || version > 16 || (version === 0) !== (codec === bech32)) return undefined;
    let programLength;
    try {
      programLength = codec.fromWords(program).length;
    } catch {
      return undefined; // more than 4 bits of padding, or padding that is not zero
    }
    if (programLength < 2 || programLength > 40) return undefined;
    if (version === 0 && programLength !== 20 && programLength !== 32) return undefined;
    return { hrp: decoded.prefix, version, programLength };
  }
  return undefined;
}

const encoder = new TextEncoder();

/** EIP-55 mixed-case checksum: `hex40` is the address without 0x. */
function eip55Valid(hex40: string): boolean {
  const hash = keccak_256(encoder.encode(hex40.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const ch = hex40[i];
    if (!/[a-f]/i.test(ch)) continue;
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if ((nibble >= 8) !== (ch !== ch.toLowerCase())) return false;
  }
  return true;
}

/** Addresses printed in documentation and block explorers' examples (the genesis block's coinbase). */
const FAMOUS_ADDRESSES = new Set(['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq']);

function boundary(ctx: MatchContext): boolean {
  return !/[A-Za-z0-9]/.test(ctx.text[ctx.start - 1] ?? '') && !/[A-Za-z0-9]/.test(ctx.text[ctx.start + ctx.value.length] ?? '');
}

function base58Verdict(ctx: MatchContext): ValidatorResult {
  if (!boundary(ctx)) return false;
  const payload = base58CheckPayload(ctx.value);
  if (!payload || payload.length !== 21 || (payload[0] !== 0x00 && payload[0] !== 0x05)) return false;
  if (FAMOUS_ADDRESSES.has(ctx.value)) return { severity: 'low', note: 'famous documentation address' };
  return true;
}

function bech32Verdict(ctx: MatchContext): ValidatorResult {
  if (!boundary(ctx)) return false;
  const d = segwitDecode(ctx.value);
  if (!d || d.hrp !== 'bc') return false;
  if (FAMOUS_ADDRESSES.has(ctx.value.toLowerCase())) return { severity: 'low', note: 'famous documentation address' };
  return true;
}

const ETH_WORDS = ['wallet', 'eth', 'ether', 'ethereum', 'metamask', 'erc20', 'erc-20', 'recipient', 'address', 'addr', 'account', 'payee', 'usdt', 'usdc', 'polygon', 'bsc'];

function ethereumVerdict(ctx: MatchContext): ValidatorResult {
  if (!boundary(ctx)) return false;
  const hex = ctx.value.slice(2);
  if (isRepetitive(hex)) return false;
  const mixed = /[a-f]/.test(hex) && /[A-F]/.test(hex);
  if (mixed) return eip55Valid(hex);
  // All one case: no checksum to verify; a 160-bit hex constant needs the text to say it is an address.
  return wordOnSameLine(ctx.text, ctx.start, ctx.start + ctx.value.length, ETH_WORDS, 60, ctx.memo) ? { confidence: 'medium' } : false;
}

export const cryptoWalletRules: readonly Rule[] = [
  {
    id: 'bitcoin-address',
    title: 'Bitcoin address (base58)',
    category: 'pii',
    kind: 'CRYPTO_ADDRESS',
    severity: 'medium',
    description: 'A wallet address links a person to every payment in a public ledger, and is used in payment-diversion scams.',
    keywords: [],
    anchor: BITCOIN_BASE58,
    pattern: /[13](?<![A-Za-z0-9][13])[1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/,
    validators: [base58Verdict],
    examples: {
      positive: ['Send BTC to 1N5xBKEhqhRKenhnhuMdVTD8kxHuRogWKM', 'donate: 3ECPmSggh5eUCt2Li8CJbHYF3pHsddL5x8'],
      negative: [
        { text: 'Send BTC to 1N5xBKEhqhRKenhnhuMdVTD8kxHuRogWKN', reason: 'base58check checksum fails' },
        { text: 'id: 1kJpCHvbE5oTTr8dXqUkGbNhXzFh1NQ5JFtb', reason: 'too long for an address' },
        { text: 'blob: Zx1N5xBKEhqhRKenhnhuMdVTD8kxHuRogWKM', reason: 'inside a longer token (base64 data, an identifier)' },
      ],
      lowSeverity: ['genesis 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    },
  },
  {
    id: 'bitcoin-bech32-address',
    title: 'Bitcoin address (bech32/bech32m)',
    category: 'pii',
    kind: 'CRYPTO_ADDRESS',
    severity: 'medium',
    description: 'A wallet address links a person to every payment in a public ledger, and is used in payment-diversion scams.',
    keywords: ['bc1'],
    pattern: /(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![A-Za-z0-9])/,
    validators: [bech32Verdict],
    examples: {
      positive: ['payout: bc1qlkkluud0hf8y0j00f0p60lgdraf3xlxd4x7syg', 'taproot bc1p2ymlddm48cjjkqdnrsyq2cp8hxfnfzhh05lyj6lakt2h4uvmgeqsvle5rh'],
      negative: [
        { text: 'payout: bc1qlkkluud0hf8y0j00f0p60lgdraf3xlxd4x7syh', reason: 'bech32 checksum fails' },
        { text: 'tb1qlkkluud0hf8y0j00f0p60lgdraf3xlxd4x7syg', reason: 'testnet prefix, and not a mainnet address' },
      ],
    },
  },
  {
    id: 'ethereum-address',
    title: 'Ethereum address',
    category: 'pii',
    kind: 'CRYPTO_ADDRESS',
    severity: 'medium',
    description: 'A wallet address links a person to every payment in a public ledger, and is used in payment-diversion scams.',
    keywords: ['0x'],
    // Every hex literal starts with '0x': the address starts at its keyword and is 42 characters long.
    window: 48,
    windowBefore: 0,
    pattern: /0x[0-9a-fA-F]{40}(?![0-9a-fA-F])/,
    validators: [ethereumVerdict],
    examples: {
      positive: ['to: 0xd3c7e4B90de6D844466D47CA2F0dF0ad5E6d8a25', 'wallet address 0xd3c7e4b90de6d844466d47ca2f0df0ad5e6d8a25'],
      negative: [
        { text: 'to: 0xd3c7e4B90de6D844466D47CA2F0dF0ad5E6d8A25', reason: 'mixed case that fails the EIP-55 checksum' },
        { text: 'const HASH = 0xd3c7e4b90de6d844466d47ca2f0df0ad5e6d8a25;', reason: 'a lower-case 160-bit constant without wallet context' },
        { text: 'wallet: 0x0000000000000000000000000000000000000000', reason: 'the zero address' },
      ],
    },
  },
];
