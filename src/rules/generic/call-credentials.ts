import type { Rule } from '../../engine/types';
import { passwordVerdict } from './util';

/**
 * A user name and a password passed together to a credential constructor or a login call, as literals:
 * `new NetworkCredential("user", "…")` (.NET), `new UsernamePasswordCredentials("user", "…")` and
 * `new PasswordAuthentication("user", "…".toCharArray())` (Java), `HTTPBasicAuth('user', '…')` and
 * `auth=('user', '…')` (Python requests), `smtp.login("user", "…")`, `ftp.login(…)`, `ldap_bind($ds, "dn", "…")`,
 * `DriverManager.getConnection(url, "user", "…")`. The position makes the second literal a password.
 */
const CALLEES = [
  'NetworkCredential',
  'UsernamePasswordCredentials',
  'PasswordAuthentication',
  'HTTPBasicAuth',
  'HTTPDigestAuth',
  'HTTPProxyAuth',
  'ldap_bind',
  'getConnection',
  '\\.login',
  'auth[ \\t]?=[ \\t]?',
];

/** A literal in double or single quotes (no line break, escapes allowed). */
const LITERAL = String.raw`(?:"(?:[^"\\\n]|\\.){1,200}"|'(?:[^'\\\n]|\\.){1,200}')`;

export const callCredentialRules: readonly Rule[] = [
  {
    id: 'generic-credential-call',
    title: 'Password passed with its user name to a login call',
    category: 'secret',
    kind: 'PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: 'A user name and password written into a credential constructor or login call work for anyone who reads the code.',
    keywords: ['networkcredential(', 'usernamepasswordcredentials(', 'passwordauthentication(', 'httpbasicauth(', 'httpdigestauth(', 'httpproxyauth(', 'ldap_bind(', 'getconnection(', '.login(', 'auth=(', 'auth = ('],
    // The callee, an optional first argument (a connection, a URL: a name or a literal), the user name, then the
    // password, which closes the call or is followed by another argument or `.toCharArray()`.
    pattern: new RegExp(
      String.raw`(?:${CALLEES.join('|')})\([ \t]*(?:(?:[A-Za-z_$][\w$.]{0,60}|${LITERAL})[ \t]*,[ \t]*)?(?<user>${LITERAL})[ \t]*,[ \t]*(?<q>["'])(?<value>(?<=")(?:[^"\\\n]|\\.){4,200}(?=")|(?<=')(?:[^'\\\n]|\\.){4,200}(?='))["'](?=[ \t]*(?:[),]|\.toCharArray\(\)))`,
    ),
    secretGroup: 'value',
    allowPlaceholders: true,
    // `new NetworkCredential("u", "p")` also reads as `"u", "p")` to the call-argument pairs of the assignment rules.
    overrides: ['generic-password-assignment'],
    validators: [
      (ctx) => {
        const user = (ctx.match.groups?.user ?? '').slice(1, -1);
        const password = ctx.value.replace(/\\(.)/g, '$1');
        if (/\$\{|\$\(|%[sdv]|\{\d*\}/.test(password)) return false; // a template, not a value
        return passwordVerdict(password, user);
      },
    ],
    examples: {
      positive: [
        'var cred = new NetworkCredential("deploy", "Xk82!mqPz4Lw9");',
        "r = requests.get(url, auth=HTTPBasicAuth('deploy', 'Tq4x9LmZ2pWd'))",
        "r = requests.get(url, auth=('deploy', 'Tq4x9LmZ2pWd'))",
        'new PasswordAuthentication("mailer", "Hq3x9LmZ2kPw".toCharArray())',
        'smtp.login("ops@acme-corp.io", "Vb3nM8qX2kLp")',
        'Connection c = DriverManager.getConnection("jdbc:mysql://db.internal/shop", "shop", "Pm3x8Kq2Zw!");',
        'ldap_bind($ds, "cn=admin,dc=acme-corp,dc=io", "Wq9#xT2mL7vK");',
      ],
      lowSeverity: ['smtp.login("user", "password")'],
      negative: [
        { text: 'smtp.login(user, password)', reason: 'variables, not literals' },
        { text: 'var cred = new NetworkCredential("deploy", $"{prefix}{secret}");', reason: 'an interpolated string' },
        { text: 'client.login("deploy", "${DEPLOY_PASSWORD}")', reason: 'a template reference' },
        { text: 'auth=("deploy", os.environ["DEPLOY_PASSWORD"])', reason: 'read from the environment' },
      ],
    },
  },
];
