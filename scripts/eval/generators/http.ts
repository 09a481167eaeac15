/**
 * Credentials in HTTP: `Authorization` headers of every scheme, auth-named custom headers, and
 * `curl -u` in its variants, written as curl, raw HTTP, fetch/axios, requests, httpie, wget and Go.
 */
import { ALNUM, type Rng } from '../rng';
import { shellWord } from '../syntax';
import type { Expected, Generator, Sample } from '../types';
import { base64, password, token, USERS } from '../values';

const URL = 'https://api.acme-corp.io/v2/orders';

/** The header value and the part of it that is secret. */
function authorization(rng: Rng): { header: string; value: string; secret: string } {
  const scheme = rng.pick(['Bearer', 'Bearer', 'Basic', 'Token', 'Api-Token', 'Key', 'SharedKey', '']);
  if (scheme === 'Basic') {
    const secret = base64(`${rng.pick(USERS)}:${password(rng).value}`);
    return { header: 'Authorization', value: `Basic ${secret}`, secret };
  }
  const secret = scheme === 'Token' && rng.bool() ? `token="${token(rng)}"` : token(rng);
  const bare = secret.replace(/^token="|"$/g, '');
  return { header: 'Authorization', value: scheme ? `${scheme} ${secret}` : secret, secret: bare };
}

function customHeader(rng: Rng): { header: string; value: string; secret: string } {
  const header = rng.pick(['X-Api-Key', 'X-API-KEY', 'apikey', 'X-Auth-Token', 'X-Auth-Key', 'Token', 'X-Access-Token', 'Api-Key', 'X-Shopwise-Apikey']);
  const secret = rng.bool(0.3) ? rng.chars(ALNUM, 32) : token(rng);
  return { header, value: secret, secret };
}

/** One header written in each client's syntax. */
function headerSample(rng: Rng, kind: string, h: { header: string; value: string; secret: string }): Sample[] {
  const expected: Expected[] = [{ category: 'secret', kind, value: h.secret }];
  const quote = h.value.includes("'") ? '"' : "'";
  const py = JSON.stringify(h.value);
  const forms: Record<string, string> = {
    curl: `curl -sS ${rng.bool() ? '-H' : '--header'} ${quote}${h.header}: ${h.value}${quote} ${URL}`,
    'raw-http': `GET /v2/orders HTTP/1.1\r\nHost: api.acme-corp.io\r\nAccept: application/json\r\n${h.header}: ${h.value}\r\n\r\n`,
    javascript: rng.bool()
      ? `const res = await fetch('${URL}', {\n  headers: { '${h.header}': ${JSON.stringify(h.value)}, Accept: 'application/json' },\n});\n`
      : `axios.get('${URL}', { headers: { ${/^[A-Za-z]+$/.test(h.header) ? h.header : `'${h.header}'`}: ${JSON.stringify(h.value)} } });\n`,
    python: `resp = requests.get("${URL}", headers={"${h.header}": ${py}}, timeout=10)\n`,
    httpie: `http GET ${URL} '${h.header}:${h.value.replace(/'/g, "'\\''")}'\n`,
    wget: `wget --header="${h.header}: ${h.value.replace(/(["\\$`])/g, '\\$1')}" ${URL}\n`,
    go: `req.Header.Set("${h.header}", ${JSON.stringify(h.value)})\n`,
  };
  return Object.entries(forms).map(([syntax, text]) => ({ generator: 'http', syntax, text, expected }));
}

/** `curl -u user:password` in the ways people type it. */
function curlUser(rng: Rng): Sample {
  const user = rng.bool(0.3) ? `${rng.pick(USERS)}@acme-corp.io` : rng.pick(USERS);
  const pw = password(rng).value;
  const form = rng.int(0, 6);
  let text: string;
  let literal = pw;
  if (form === 0) text = `curl -u ${shellWord(`${user}:${pw}`)} ${URL}`;
  else if (form === 1) text = `curl --user ${shellWord(`${user}:${pw}`)} -X POST ${URL}`;
  else if (form === 2) text = `curl --user=${shellWord(`${user}:${pw}`)} ${URL}`;
  else if (form === 3) {
    const w = shellWord(pw);
    text = `curl -u "${user}":${w} ${URL}`;
  } else if (form === 4) text = `curl -u  ${shellWord(`${user}:${pw}`)}  ${URL}`;
  else if (form === 5) text = `curl -X POST \\\n  -u ${shellWord(`${user}:${pw}`)} \\\n  -d @payload.json \\\n  ${URL}`;
  else text = `curl -u ${shellWord(`:${pw}`)} ${URL}`;
  // The shell word may escape the password inside double quotes.
  if (!text.includes(pw)) literal = pw.replace(/([\\"$`])/g, '\\$1');
  return { generator: 'http', syntax: 'curl-user', text: text + '\n', expected: [{ category: 'secret', kind: 'curl-user-password', value: literal }] };
}

export const http: Generator = {
  name: 'http',
  generate(rng) {
    return [
      ...headerSample(rng, 'authorization-header', authorization(rng)),
      ...headerSample(rng, 'auth-custom-header', customHeader(rng)),
      curlUser(rng),
      curlUser(rng),
    ];
  },
};
