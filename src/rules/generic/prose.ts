import type { MatchContext, Rule } from '../../engine/types';
import { lineBounds, shannonEntropy } from '../../engine/validators';
import { charClasses, isIdentifierLike, isPlausiblePassword } from './util';

/**
 * Passwords written out in running text: "my password is ...", "Wi-Fi password: ...", "Passwort ist ...".
 * Chat messages, tickets and handover notes hold these more than code does. The label may be followed by
 * a verb or a colon; the value must look like a password (mixed character kinds, not a word), so that
 * "the password is required" or "password: ********" never count.
 */

/** Labels that can only mean a password, in the languages the catalogue knows. */
const STRONG_LABEL = String.raw`password|passwort|passwd|passphrase|passcode|mot de passe|contrase(?:ñ|n)a|senha|wachtwoord|parola d'ordine|has(?:l|ł)o|kennwort|пароль|şifre|mật khẩu|kata sandi|κωδικός|पासवर्ड|كلمة المرور`;
/**
 * The same in Chinese, Japanese and Korean, which need no space around the label: "密码：…", "密码是…",
 * "パスワードは…", "비밀번호: …". Their connector is required.
 */
const CJK_LABEL = String.raw`密码|口令|パスワード|비밀번호|암호`;
const CJK_CONNECTOR = String.raw`(?:[:：=]|是|为|為|は|는|은|:)`;
/** Short labels that need an explicit connector (a colon, an equals sign or "is"). */
const WEAK_LABEL = String.raw`pass|pw|pwd|pin`;
/** "is", "was", a colon... in the same languages; a few words may stand between ("the password for the VPN is"). */
const CONNECTOR = String.raw`(?:is|was|ist|war|est|es|é|è|je|to|это|là|adalah|είναι|है|هي|=|:|:=|-|—|→)`;

/** A `key: value` or `key = value` line, or a quoted key: the config and code rules judge those. */
const STRUCTURED = /^\s*(?:[-*]\s+)?["'\x60]?[\w.-]*["'\x60]?\s*(?::=|=>|[:=])\s*["'\x60“‘]?$/;

function plausibleProsePassword(ctx: MatchContext): boolean {
  const { start: lineStart } = lineBounds(ctx.text, ctx.start, ctx.start, 200);
  if (STRUCTURED.test(ctx.text.slice(lineStart, ctx.start))) return false;
  const v = ctx.value.replace(/[.,;!?)]+$/, '');
  if (v.length < 6 || /^[$%{<]|\$\{|\{\{/.test(v) || isIdentifierLike(v)) return false;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(v)) return false; // a URL after the word ("curl -u user:password https://…")
  if (charClasses(v) < 3 && !(charClasses(v) === 2 && /\d/.test(v) && v.length >= 10)) return false;
  // A short label with no colon or verb ("login admin / pass Qw7!rT2yUi9o") needs a value that can only be
  // a password: all four kinds of characters.
  if (ctx.match.groups?.bare !== undefined && (charClasses(v) < 4 || v.length < 8)) return false;
  return isPlausiblePassword(v) && shannonEntropy(v) >= 2.5;
}

export const proseRules: readonly Rule[] = [
  {
    id: 'generic-password-in-text',
    title: 'Password written in text',
    category: 'secret',
    kind: 'PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: 'A password typed into a message or note is readable by everyone who gets the text, and by the AI provider.',
    keywords: [
      'password', 'passwort', 'passwd', 'passphrase', 'passcode', 'mot de passe', 'contrase', 'senha', 'wachtwoord', 'parola', 'haslo', 'hasło', 'kennwort',
      'пароль', '密码', '口令', 'パスワード', '비밀번호', '암호', 'şifre', 'mật khẩu', 'kata sandi', 'κωδικός', 'पासवर्ड', 'كلمة المرور',
      // The short labels only with their connector: bare 'pin' or 'pass' would wake on every "mapping" and "bypass".
      ...['pass', 'pw', 'pwd', 'pin'].flatMap((w) => [`${w}:`, `${w} :`, `${w}=`, `${w} =`, `${w} is`, `${w} was`, `${w} `]),
    ],
    window: 120,
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:(?:(?:${STRONG_LABEL})(?:(?:[ \t]{1,3}[\p{L}\d-]{1,20}){0,4}?[ \t]{0,3}${CONNECTOR})?|(?:${WEAK_LABEL})(?:[ \t]{0,2}${CONNECTOR}|(?<bare>(?=[ \t]))))[ \t]{1,3}|(?:${CJK_LABEL})[ \t]{0,2}${CJK_CONNECTOR}[ \t]{0,3})["'\x60“‘「]?(?<value>[^\s"'\x60”’<>，。；！？、「」『』（）]{6,64})`,
      'iu',
    ),
    secretGroup: 'value',
    validators: [plausibleProsePassword],
    examples: {
      positive: [
        'my password is Xk9#mQ2vLp7z, please reset it tomorrow',
        'The wifi password: Guest-Net-8842!',
        'login admin / pass: Qw7!rT2yUi9o',
        'Mein Passwort ist Hq3x9LmZ2kPw',
        'le mot de passe est "Tz4!mQ8xWk2p"',
        'Das Kennwort für den Drucker ist Hq3x9LmZ2kPw',
        'vpn: login jdoe / pass Qw7!rT2yUi9o',
        'Пароль от сервера: Hq3x9LmZ2kPw',
        '服务器的密码：Xk9#mQ2vLp7z，请尽快修改',
        'Wi-Fiのパスワードは Tz4!mQ8xWk2p です',
        '관리자 비밀번호: Qw7!rT2yUi9o',
        'Sunucu şifre: Hq3x9LmZ2kPw',
        'mật khẩu là Tz4!mQ8xWk2p nhé',
        'kata sandi wifi adalah Guest-Net-8842!',
        'Ο κωδικός είναι Xk9#mQ2vLp7z',
        'सर्वर का पासवर्ड है Qw7!rT2yUi9o',
        'كلمة المرور: Hq3x9LmZ2kPw',
      ],
      negative: [
        { text: 'The password is required and must be at least 12 characters.', reason: 'prose about passwords' },
        { text: 'password: ********', reason: 'masked' },
        { text: 'Your password is stored as a bcrypt hash.', reason: 'no password given' },
        { text: 'pass the test suite before merging', reason: '"pass" as a verb' },
        { text: 'we pass Config2024 to the builder', reason: 'a short label without a colon needs a value with every kind of character' },
        { text: 'Enter your PIN: <pin>', reason: 'a placeholder' },
        { text: 'password: ${DB_PASSWORD}', reason: 'a reference' },
        { text: 'The password for the admin user is required on first login', reason: 'no password given' },
        { text: 'data:\n  password: cGFzc3dvcmQ=', reason: 'a config line: the config rules judge it (this one decodes to a stand-in)' },
        { text: '请输入密码：********', reason: 'masked' },
        { text: '密码是必填项，至少十二位', reason: 'prose about the password: no value' },
        { text: 'パスワードを忘れた場合はリセットしてください', reason: 'no connector and no value' },
        { text: 'Şifre en az 12 karakter olmalıdır.', reason: 'prose about the password (in Turkish): no value' },
        { text: 'كلمة المرور مطلوبة', reason: 'prose about the password (in Arabic): no value' },
        { text: 'curl -u user:password https://api.acme-corp.io/v2/orders', reason: 'a URL follows the word, no password' },
      ],
    },
  },
];
