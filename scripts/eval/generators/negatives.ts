/**
 * Look-alikes: text that holds a secret-named key or a random-looking string, but no secret and no personal
 * data. Each class is a family of false alarms seen in real repositories. Add a class by adding an entry to
 * NEGATIVES: `make` draws one text (fresh random hashes, ids and names where the class has them).
 */
import { HEX, LOWER, DIGITS, type Rng } from '../rng';
import { camel, pascal, snake, upperSnake, type Key } from '../syntax';
import type { Generator, Sample } from '../types';
import { base64, password, USERS } from '../values';

export interface NegativeClass {
  /** Kebab-case class name, reported with the false-alarm rate. */
  readonly name: string;
  /** Forms of the class: each returns one text (and its syntax). */
  readonly forms: readonly ((rng: Rng, key: Key) => { syntax: string; text: string })[];
}

const SECRET_KEYS: readonly Key[] = [['password'], ['api', 'key'], ['secret'], ['token'], ['client', 'secret'], ['db', 'password'], ['auth', 'token']];

const uuid = (rng: Rng) => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`;

export const NEGATIVES: NegativeClass[] = [
  {
    name: 'type-annotation',
    forms: [
      (_r, k) => ({ syntax: 'python', text: `class LoginForm(BaseModel):\n    username: str\n    ${snake(k)}: str = Form(...)\n` }),
      (_r, k) => ({ syntax: 'python', text: `class Settings(BaseSettings):\n    ${snake(k)}: SecretStr\n    ${snake(k)}_ttl: int = 3600\n` }),
      (_r, k) => ({ syntax: 'python', text: `    ${snake(k)}: Optional[str] = None\n` }),
      (_r, k) => ({ syntax: 'python', text: `    ${snake(k)}: str = Field(min_length=8, max_length=128)\n` }),
      (_r, k) => ({ syntax: 'typescript', text: `interface Credentials {\n  user: string;\n  ${camel(k)}: string;\n}\n` }),
      (_r, k) => ({ syntax: 'typescript', text: `function login(user: string, ${camel(k)}?: string | undefined): Promise<Session> {}\n` }),
      (_r, k) => ({ syntax: 'go', text: `type Config struct {\n\tHost string\n\t${pascal(k)} string \`json:"${snake(k)}"\`\n}\n` }),
      (_r, k) => ({ syntax: 'java', text: `    private String ${camel(k)};\n    public String get${pascal(k)}() { return ${camel(k)}; }\n` }),
      (_r, k) => ({ syntax: 'rust', text: `pub struct Config {\n    pub ${snake(k)}: SecretString,\n}\n` }),
      (_r, k) => ({ syntax: 'kotlin', text: `data class Login(val user: String, val ${camel(k)}: CharArray)\n` }),
    ],
  },
  {
    name: 'code-expression',
    forms: [
      (_r, k) => ({ syntax: 'python', text: `    ${snake(k)} = form.${snake(k)}.data\n` }),
      (_r, k) => ({ syntax: 'python', text: `user = User(email=email, ${snake(k)}=hash_password(raw_${snake(k)}))\n` }),
      (_r, k) => ({ syntax: 'javascript', text: `const ${camel(k)} = this.config.${camel(k)} ?? defaults.${camel(k)};\n` }),
      (_r, k) => ({ syntax: 'javascript', text: `  ${camel(k)}: req.body.${camel(k)},\n` }),
      (_r, k) => ({ syntax: 'go', text: `${camel(k)} := strings.TrimSpace(r.FormValue("${snake(k)}"))\n` }),
      (_r, k) => ({ syntax: 'ruby', text: `${snake(k)} = params.require(:user).permit(:${snake(k)})\n` }),
      (_r, k) => ({ syntax: 'csharp', text: `var ${camel(k)} = configuration["${pascal(k)}"];\n` }),
      (_r, k) => ({ syntax: 'java', text: `String ${camel(k)} = new String(passwordField.getPassword());\n` }),
    ],
  },
  {
    name: 'env-lookup',
    forms: [
      (_r, k) => ({ syntax: 'python', text: `${snake(k)} = os.environ.get("${upperSnake(k)}")\n` }),
      (_r, k) => ({ syntax: 'python', text: `${upperSnake(k)} = os.getenv('${upperSnake(k)}', '')\n` }),
      (_r, k) => ({ syntax: 'javascript', text: `const ${camel(k)} = process.env.${upperSnake(k)};\n` }),
      (_r, k) => ({ syntax: 'go', text: `${camel(k)} := os.Getenv("${upperSnake(k)}")\n` }),
      (_r, k) => ({ syntax: 'java', text: `String ${camel(k)} = System.getenv("${upperSnake(k)}");\n` }),
      (_r, k) => ({ syntax: 'csharp', text: `var ${camel(k)} = Environment.GetEnvironmentVariable("${upperSnake(k)}");\n` }),
      (_r, k) => ({ syntax: 'rust', text: `let ${snake(k)} = std::env::var("${upperSnake(k)}")?;\n` }),
      (_r, k) => ({ syntax: 'ruby', text: `${snake(k)} = ENV.fetch('${upperSnake(k)}')\n` }),
      (_r, k) => ({ syntax: 'php', text: `$${camel(k)} = getenv('${upperSnake(k)}');\n` }),
      (_r, k) => ({ syntax: 'yaml', text: `env:\n  ${upperSnake(k)}: \${{ secrets.${upperSnake(k)} }}\n` }),
      (_r, k) => ({ syntax: 'env', text: `${upperSnake(k)}=\${${upperSnake(k)}_FROM_VAULT}\n` }),
      (_r, k) => ({ syntax: 'helm', text: `  ${camel(k)}: {{ .Values.db.${camel(k)} | quote }}\n` }),
      (_r, k) => ({ syntax: 'shell', text: `export ${upperSnake(k)}="$(cat /run/secrets/${snake(k)})"\n` }),
      (_r, k) => ({ syntax: 'kubernetes', text: `        - name: ${upperSnake(k)}\n          valueFrom:\n            secretKeyRef:\n              name: app-credentials\n              key: ${snake(k)}\n` }),
      (_r, k) => ({ syntax: 'python', text: `dsn = "postgres://%(user)s:%(${snake(k)})s@%(host)s/app" % cfg\n` }),
    ],
  },
  {
    name: 'placeholder',
    forms: [
      (_r, k) => ({ syntax: 'env', text: `${upperSnake(k)}=<your-${k.join('-')}>\n` }),
      (_r, k) => ({ syntax: 'env', text: `${upperSnake(k)}=YOUR_${upperSnake(k)}_HERE\n` }),
      (_r, k) => ({ syntax: 'yaml', text: `${snake(k)}: "********"\n` }),
      (_r, k) => ({ syntax: 'python', text: `${upperSnake(k)} = "REPLACE_ME"  # set in production\n` }),
      (_r, k) => ({ syntax: 'markdown', text: `Set \`${upperSnake(k)}\` to the value from the dashboard, e.g. \`${upperSnake(k)}=...\`.\n` }),
      (_r, k) => ({ syntax: 'terraform', text: `  ${snake(k)} = var.${snake(k)}\n` }),
      (_r, k) => ({ syntax: 'xml', text: `<${camel(k)}>\${env.${upperSnake(k)}}</${camel(k)}>\n` }),
    ],
  },
  {
    name: 'hash-under-hash-key',
    forms: [
      (r) => ({ syntax: 'yaml', text: `    resolved: "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#${r.chars(HEX, 40)}"\n    integrity: sha512-${base64(r.chars(HEX, 48)).slice(0, 86)}==\n` }),
      (r) => ({ syntax: 'json', text: `{ "sha1": "${r.chars(HEX, 40)}", "size": ${r.int(1000, 99999)} }\n` }),
      (r) => ({ syntax: 'yaml', text: `commit: ${r.chars(HEX, 40)}\nchecksum: ${r.chars(HEX, 64)}\n` }),
      (r) => ({ syntax: 'json', text: `{ "type": "Secret Keyword", "hashed_secret": "${r.chars(HEX, 40)}", "line_number": ${r.int(2, 400)} }\n` }),
      (r) => ({ syntax: 'dockerfile', text: `FROM node:20-alpine@sha256:${r.chars(HEX, 64)}\n` }),
      (r) => ({ syntax: 'toml', text: `[[package]]\nname = "serde"\nversion = "1.0.${r.int(100, 219)}"\nchecksum = "${r.chars(HEX, 64)}"\n` }),
      (r) => ({ syntax: 'yaml', text: `fingerprint: ${Array.from({ length: 16 }, () => r.chars(HEX, 2)).join(':')}\ndigest: sha256:${r.chars(HEX, 64)}\n` }),
      (r) => ({ syntax: 'env', text: `GIT_SHA=${r.chars(HEX, 40)}\nBUILD_HASH=${r.chars(HEX, 40)}\n` }),
      (r) => ({ syntax: 'python', text: `EXPECTED_MD5 = "${r.chars(HEX, 32)}"\nsecret_hash = "${r.chars(HEX, 40)}"\n` }),
    ],
  },
  {
    name: 'hashed-asset-url',
    forms: [
      (r) => ({ syntax: 'html', text: `<script defer src="/static/js/main.${r.chars(HEX, 8)}.chunk.js"></script>\n<link href="/static/css/app.${r.chars(HEX, 20)}.css" rel="stylesheet">\n` }),
      (r) => ({ syntax: 'html', text: `<script src="https://cdn.acme-corp.io/_next/static/chunks/pages/_app-${r.chars(HEX, 16)}.js?token=${r.chars(HEX, 8)}"></script>\n` }),
      (r) => ({ syntax: 'json', text: `{ "main.js": "/assets/index-${r.chars(HEX + 'ABCDEFGHIJ', 8)}.js", "style.css": "/assets/style-${r.chars(HEX, 8)}.css" }\n` }),
      (r) => ({ syntax: 'log', text: `GET /build/vendor.${r.chars(HEX, 32)}.js 200 182344 "https://shop.acme-corp.io/"\n` }),
    ],
  },
  {
    name: 'uuid-id',
    forms: [
      (r) => ({ syntax: 'json', text: `{ "client_id": "${uuid(r)}", "tenant_id": "${uuid(r)}" }\n` }),
      (r) => ({ syntax: 'env', text: `AZURE_CLIENT_ID=${uuid(r)}\nREQUEST_ID=${uuid(r)}\n` }),
      (r) => ({ syntax: 'yaml', text: `subscription_id: ${uuid(r)}\ntoken_id: ${uuid(r)}\n` }),
      (r) => ({ syntax: 'log', text: `2024-11-02 10:14:07 INFO trace=${uuid(r)} span=${r.chars(HEX, 16)} done in 42ms\n` }),
    ],
  },
  {
    name: 'version-number',
    forms: [
      (r) => ({ syntax: 'json', text: `{ "version": "${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 9999)}", "token_version": "${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}" }\n` }),
      (r) => ({ syntax: 'markdown', text: `- Bump axios from ${r.int(0, 1)}.${r.int(1, 9)}.${r.int(0, 9)} to ${r.int(1, 2)}.${r.int(0, 9)}.${r.int(0, 9)}\n` }),
      (r) => ({ syntax: 'xml', text: `<PackageReference Include="Azure.Identity" Version="${r.int(1, 9)}.${r.int(0, 12)}.${r.int(0, 9)}" />\n` }),
    ],
  },
  {
    name: 'suffixed-name',
    forms: [
      (r) => ({ syntax: 'yaml', text: `secret_name: prod-${r.pick(['db', 'api', 'billing'])}-credentials-${r.int(1, 9)}\ntoken_url: https://oauth2.googleapis.com/token\n` }),
      (_r, k) => ({ syntax: 'python', text: `${snake(k)}_path = "/run/secrets/${snake(k)}"\n${snake(k)}_type = "bearer"\n` }),
      (r) => ({ syntax: 'env', text: `API_KEY_ID=${r.chars(DIGITS, 10)}\nSECRET_NAME=billing/${r.chars(LOWER, 6)}\n` }),
      (r) => ({ syntax: 'json', text: `{ "public_key": "${base64(r.chars(HEX, 32))}", "publishable_key": "pk_live_${r.chars(HEX, 24)}" }\n` }),
    ],
  },
  {
    name: 'i18n-and-ui',
    forms: [
      (_r, k) => ({ syntax: 'json', text: `{ "${camel(k)}": "Password", "forgot_${snake(k)}": "Forgot your password?" }\n` }),
      (_r, k) => ({ syntax: 'html', text: `<label for="${camel(k)}">Password</label>\n<input type="password" name="${snake(k)}" autocomplete="current-password">\n` }),
      (_r, k) => ({ syntax: 'properties', text: `login.${camel(k)}.label=Password\nlogin.${camel(k)}.hint=At least 12 characters\n` }),
    ],
  },
  {
    name: 'login-call-variables',
    forms: [
      (_r, k) => ({ syntax: 'python', text: `server.login(user, ${snake(k)})\n` }),
      (_r, k) => ({ syntax: 'csharp', text: `var credentials = new NetworkCredential(userName, ${camel(k)});\n` }),
      (_r, k) => ({ syntax: 'python', text: `resp = requests.get(url, auth=(user, os.environ["${upperSnake(k)}"]))\n` }),
      (_r, k) => ({ syntax: 'java', text: `return new PasswordAuthentication(props.getProperty("mail.user"), ${camel(k)}.toCharArray());\n` }),
      (_r, k) => ({ syntax: 'javascript', text: `await page.login(process.env.E2E_USER, process.env.${upperSnake(k)});\n` }),
    ],
  },
  {
    name: 'ui-message-under-password',
    forms: [
      (_r, k) => ({ syntax: 'javascript', text: `const messages = { ${camel(k)}: "Must contain eight characters", mismatch: "Passwords do not match" };\n` }),
      (_r, k) => ({ syntax: 'yaml', text: `${snake(k)}_help: "Choose a strong one"\n${snake(k)}: "Enter your password here"\n` }),
      (_r, k) => ({ syntax: 'json', text: `{ "${camel(k)}": "Password is required", "${camel(k)}Hint": "At least twelve characters" }\n` }),
    ],
  },
  {
    name: 'non-secret-random',
    forms: [
      (r) => ({ syntax: 'css', text: `.btn-primary { color: #${r.chars(HEX, 6)}; background: #${r.chars(HEX, 6)}; }\n` }),
      (r) => ({ syntax: 'svg', text: `<path d="M${r.int(1, 20)}.${r.int(1, 9)} ${r.int(1, 20)}.${r.int(1, 9)}c.${r.int(1, 9)}.${r.int(10, 99)} 1.${r.int(1, 9)}.${r.int(10, 99)} ${r.int(1, 9)}.${r.int(1, 9)}-${r.int(1, 9)}z"/>\n` }),
      (r) => ({ syntax: 'javascript', text: `const nonce = crypto.randomBytes(16).toString('hex'); // e.g. ${r.chars(HEX, 32)}\n` }),
      (r) => ({ syntax: 'log', text: `commit ${r.chars(HEX, 40)}\nAuthor: ${r.pick(USERS)} <noreply@users.noreply.github.com>\n` }),
    ],
  },
];

/**
 * Placeholder credentials: documentation stand-ins that are still credentials in form. They must be
 * reported at low severity only (hidden by default, shown at --min-severity low).
 */
const PLACEHOLDER_CREDENTIALS: readonly ((rng: Rng) => { syntax: string; text: string; value: string; kind: string })[] = [
  () => ({ syntax: 'connection-url', text: 'DATABASE_URL=postgres://user:pass@db.acme-corp.io:5432/app\n', value: 'pass', kind: 'url-password' }),
  () => ({ syntax: 'netrc', text: 'machine api.acme-corp.io login user password pass\n', value: 'pass', kind: 'netrc-password' }),
  (r) => {
    const v = r.pick(['changeme', 'password', 'secret', 'test1234', 'bbbbbbbb']);
    return { syntax: 'yaml', text: `database:\n  user: app\n  password: ${v}\n`, value: v, kind: 'password' };
  },
  () => ({ syntax: 'json', text: '{ "clientSecret": "xxxxxxxxxxxxxxxxxxxxxxxx" }\n', value: 'xxxxxxxxxxxxxxxxxxxxxxxx', kind: 'secret' }),
  (r) => {
    const v = r.pick(['admin:admin', 'user:password', 'test:test']);
    return { syntax: 'curl-user', text: `curl -u ${v} https://api.acme-corp.io/v2/orders\n`, value: v.split(':')[1], kind: 'curl-user-password' };
  },
];

export const negatives: Generator = {
  name: 'negatives',
  generate(rng) {
    const samples: Sample[] = [];
    for (const c of NEGATIVES) {
      for (const form of c.forms) {
        const { syntax, text } = form(rng, rng.pick(SECRET_KEYS));
        samples.push({ generator: 'negatives', syntax, negative: c.name, text, expected: [] });
      }
    }
    for (const make of PLACEHOLDER_CREDENTIALS) {
      const { syntax, text, value, kind } = make(rng);
      samples.push({ generator: 'negatives', syntax, negative: 'placeholder-credential', text, expected: [{ category: 'secret', kind, value, severity: 'low' }] });
    }
    // A real password next to a look-alike: the look-alike must not hide it (keeps the class honest).
    const real = password(rng).value.replace(/["\\]/g, '');
    samples.push({
      generator: 'negatives',
      syntax: 'python',
      text: `class Settings(BaseSettings):\n    db_password: SecretStr = SecretStr("${real}")\n`,
      expected: [{ category: 'secret', kind: 'password', value: real }],
    });
    return samples;
  },
};
