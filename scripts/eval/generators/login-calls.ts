/**
 * Passwords in code that no name labels: a user name and a password passed together to a credential
 * constructor or a login call, libpq's keyword/value connection strings, and diceware passphrases (words
 * joined by spaces) under a password name.
 */
import type { Rng } from '../rng';
import { camel, snake, upperSnake } from '../syntax';
import type { Generator, Sample } from '../types';
import { HOSTS, password, spacedPassphrase, USERS } from '../values';

const sample = (syntax: string, text: string, value: string): Sample => ({
  generator: 'login-calls',
  syntax,
  text,
  expected: [{ category: 'secret', kind: 'password', value }],
});

/** A password as a double- or single-quoted literal of C-like languages writes it. */
const escape = (v: string, quote: string) => v.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);

function loginCall(rng: Rng): Sample {
  const pw = password(rng).value;
  const user = rng.pick(USERS);
  const host = rng.pick(HOSTS);
  const d = escape(pw, '"');
  const s = escape(pw, "'");
  const forms: [string, string, string][] = [
    ['csharp', `var credentials = new NetworkCredential("${user}", "${d}");\n`, d],
    ['python', `resp = requests.get("https://${host}/api", auth=HTTPBasicAuth('${user}', '${s}'))\n`, s],
    ['python', `resp = requests.post(url, json=body, auth=('${user}', '${s}'))\n`, s],
    ['java', `return new PasswordAuthentication("${user}", "${d}".toCharArray());\n`, d],
    ['python', `server = smtplib.SMTP_SSL("${host}", 465)\nserver.login("${user}@acme-corp.io", "${d}")\n`, d],
    ['java', `Connection conn = DriverManager.getConnection("jdbc:postgresql://${host}/app", "${user}", "${d}");\n`, d],
    ['php', `ldap_bind($conn, "cn=${user},dc=acme-corp,dc=io", "${d}");\n`, d],
  ];
  const [syntax, text, value] = rng.pick(forms);
  return sample(syntax, text, value);
}

function libpqDsn(rng: Rng): Sample {
  const pw = password(rng).value.replace(/[\s'"\\;]/g, '');
  // A host name, not an address (a private address is a finding of its own, at low severity).
  const host = rng.pick(HOSTS.filter((h) => !/^\d/.test(h)));
  return sample('libpq', `conn = psycopg2.connect("dbname=app user=${rng.pick(USERS)} password=${pw} host=${host}")\n`, pw);
}

function passphrase(rng: Rng): Sample {
  const pw = spacedPassphrase(rng);
  const key = rng.pick([['db', 'password'], ['password'], ['smtp', 'password'], ['keystore', 'passphrase']]);
  const forms: [string, string][] = [
    ['python', `${upperSnake(key)} = "${pw}"\n`],
    ['yaml', `${snake(key)}: "${pw}"\n`],
    ['json', `{ "${camel(key)}": "${pw}" }\n`],
    ['javascript', `const ${camel(key)} = '${pw}';\n`],
  ];
  const [syntax, text] = rng.pick(forms);
  return sample(syntax, text, pw);
}

export const loginCalls: Generator = {
  name: 'login-calls',
  generate(rng) {
    return [loginCall, loginCall, loginCall, libpqDsn, passphrase, passphrase].map((make) => make(rng));
  },
};
