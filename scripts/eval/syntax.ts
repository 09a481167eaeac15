/**
 * How people write a named value in each syntax: `render(key, value)` returns the snippet and the value as
 * it appears in it (escaped the way that syntax escapes it). Every renderer writes what a person (or the
 * tool's own serializer) would write: quoting only where the syntax needs it.
 */
import type { Rng } from './rng';

/** A name as words (`['db', 'password']`), cased by each syntax. */
export type Key = readonly string[];

export interface Rendered {
  readonly text: string;
  /** The value as written in `text`. */
  readonly literal: string;
}

export type Render = (key: Key, value: string, rng: Rng) => Rendered;

export const upperSnake = (k: Key) => k.join('_').toUpperCase();
export const snake = (k: Key) => k.join('_');
export const kebab = (k: Key) => k.join('-');
export const dotted = (k: Key) => k.join('.');
export const camel = (k: Key) => k.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
export const pascal = (k: Key) => k.map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** A C-family double-quoted string body: backslash and quote escaped (JSON, JS, Java, C#, Go, Swift...). */
export const cEscape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
/** A single-quoted string body where backslash and quote are escaped (PHP, Ruby, Python, JS). */
export const singleEscape = (v: string) => v.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
export const xmlEscape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The value as the shell reads it back: bare when safe, else single quotes, else double quotes. */
export function shellWord(v: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(v)) return v;
  if (!v.includes("'")) return `'${v}'`;
  return `"${v.replace(/([\\"$`])/g, '\\$1')}"`;
}

/** The value inside the shell word (what a finding should cover). */
function shellLiteral(word: string): string {
  return /^["']/.test(word) ? word.slice(1, -1) : word;
}

/** A YAML scalar: plain when YAML reads it back unchanged, else single- or double-quoted. */
export function yamlScalar(v: string, rng: Rng): { scalar: string; literal: string } {
  const plainSafe = !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(v) && !/: |:$| #|\s$/.test(v) && !/^(?:true|false|yes|no|null|~|[\d.eE+-]+)$/i.test(v);
  if (plainSafe && rng.bool(0.7)) return { scalar: v, literal: v };
  if (!v.includes('"') && !v.includes('\\') && rng.bool()) return { scalar: `"${v}"`, literal: v };
  const body = v.replace(/'/g, "''");
  return { scalar: `'${body}'`, literal: body };
}

const quoted = (q: string, body: string, text: (s: string) => string): Rendered => ({ text: text(`${q}${body}${q}`), literal: body });

/** A double-quoted C-family string. */
const dq = (v: string, text: (s: string) => string) => quoted('"', cEscape(v), text);
/** Python/JS: the quote the value does not contain, else escaped single quotes. */
function scriptString(v: string, rng: Rng, text: (s: string) => string): Rendered {
  if (!v.includes("'") && !v.includes('\\') && rng.bool()) return quoted("'", v, text);
  if (!v.includes('"') && !v.includes('\\')) return quoted('"', v, text);
  return rng.bool() ? quoted("'", singleEscape(v), text) : dq(v, text);
}

/**
 * A value cut into two or three pieces of six characters or more (as a long value is wrapped), to be written
 * on lines of their own; a cut goes only where `ok` accepts the first character of the next piece and the
 * last of the previous one.
 */
function wrapAt(v: string, rng: Rng, ok: (next: string, before: string) => boolean): string[] {
  if (v.length < 12) return [v];
  const cuts = Array.from({ length: rng.int(1, 2) }, () => rng.int(6, v.length - 6))
    .filter((i, n, all) => all.indexOf(i) === n && ok(v[i], v[i - 1]))
    .sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c - from < 6) continue;
    pieces.push(v.slice(from, c));
    from = c;
  }
  pieces.push(v.slice(from));
  return pieces;
}

/** The renderers, by syntax name. Each picks one of the forms people use in that syntax. */
export const SYNTAXES: Readonly<Record<string, Render>> = {
  env(k, v, rng) {
    const name = `${rng.bool(0.2) ? 'export ' : ''}${upperSnake(k)}=`;
    if (!/[\s"'`#\\$]/.test(v) || (!/^["'#]/.test(v) && !/\s/.test(v) && rng.bool(0.6))) return { text: `APP_ENV=production\n${name}${v}\nLOG_LEVEL=info\n`, literal: v };
    if (!v.includes("'")) return quoted("'", v, (s) => `APP_ENV=production\n${name}${s}\n`);
    return quoted('"', v.replace(/(["\\])/g, '\\$1'), (s) => `APP_ENV=production\n${name}${s}\n`);
  },
  yaml(k, v, rng) {
    const { scalar, literal } = yamlScalar(v, rng);
    const name = rng.bool() ? snake(k) : camel(k);
    return { text: `database:\n  host: db.internal.acme-corp.io\n  port: 5432\n  ${name}: ${scalar}\n`, literal };
  },
  json(k, v, rng) {
    const name = rng.bool() ? snake(k) : camel(k);
    return dq(v, (s) => (rng.bool() ? `{\n  "host": "db.internal",\n  "${name}": ${s},\n  "timeout": 30\n}` : `{"host":"db.internal","${name}":${s}}`));
  },
  toml(k, v, rng) {
    if (!v.includes("'") && rng.bool(0.4)) return quoted("'", v, (s) => `[database]\nhost = "db.internal"\n${snake(k)} = ${s}\n`);
    return dq(v, (s) => `[database]\nhost = "db.internal"\n${snake(k)} = ${s}\n`);
  },
  /** `key = value`; now and then the value continued on indented lines (configparser), or on the next one alone. */
  ini(k, v, rng) {
    const sep = rng.pick([' = ', '=', ': ']);
    const pieces = rng.bool(0.3) ? wrapAt(v, rng, (c) => !/[#;[\s]/.test(c)) : [v];
    if (pieces.length > 1 || rng.bool(0.1)) {
      const onNextLine = !/^[#;[]/.test(v) && rng.bool();
      const literal = pieces.join('\n    ');
      const head = onNextLine ? `${snake(k)}${sep.trimEnd()}\n    ` : `${snake(k)}${sep}`;
      return { text: `[database]\nhost${sep}db.internal\n${head}${literal}\n`, literal };
    }
    return { text: `[database]\nhost${sep}db.internal\n${snake(k)}${sep}${v}\n`, literal: v };
  },
  xml(k, v, rng) {
    const body = xmlEscape(v);
    if (rng.bool()) return { text: `<configuration>\n  <appSettings>\n    <add key="${pascal(k)}" value="${body}" />\n  </appSettings>\n</configuration>\n`, literal: body };
    return { text: `<datasource>\n  <user>app</user>\n  <${camel(k)}>${body}</${camel(k)}>\n</datasource>\n`, literal: body };
  },
  /** `key=value`, escaped; now and then wrapped over lines with a backslash before each break. */
  properties(k, v, rng) {
    const body = v.replace(/\\/g, '\\\\');
    const literal = rng.bool(0.3) ? wrapAt(body, rng, (c, before) => c !== '\\' && before !== '\\').join('\\\n    ') : body;
    return { text: `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.${dotted(k)}=${literal}\n`, literal };
  },
  shell(k, v, rng) {
    const word = shellWord(v);
    return { text: `#!/bin/sh\n${rng.bool() ? 'export ' : ''}${upperSnake(k)}=${word}\n./deploy.sh\n`, literal: shellLiteral(word) };
  },
  dockerfile(k, v, rng) {
    const word = shellWord(v);
    const line = rng.bool() ? `ENV ${upperSnake(k)}=${word}` : `ARG ${upperSnake(k)}=${word}`;
    return { text: `FROM node:20-alpine\nWORKDIR /app\n${line}\nCMD ["node", "server.js"]\n`, literal: shellLiteral(word) };
  },
  makefile(k, v, rng) {
    const body = v.replace(/\$/g, '$$$$').replace(/#/g, '\\#');
    const op = rng.pick(['=', ':=', '::=', '?=', ':::=']);
    return { text: `${upperSnake(k)} ${op} ${body}\n\ndeploy:\n\t./deploy.sh\n`, literal: body };
  },
  /** A resource argument, a variable's default (sensitive before or after it), a .tfvars line, a locals or module block. */
  terraform(k, v, rng) {
    const body = cEscape(v).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
    const value = `"${body}"`;
    switch (rng.int(0, 4)) {
      case 0:
        return { text: `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n  ${snake(k)} = ${value}\n}\n`, literal: body };
      case 1:
        return { text: `variable "${snake(k)}" {\n  type      = string\n  default   = ${value}\n  sensitive = true\n}\n`, literal: body };
      case 2:
        return { text: `variable "${snake(k)}" {\n  description = "Used by the API"\n  type        = string\n  sensitive   = true\n  default     = ${value}\n}\n`, literal: body };
      case 3:
        return { text: `# prod.auto.tfvars\nregion       = "eu-west-1"\ninstance_type = "t3.small"\n${snake(k)} = ${value}\n`, literal: body };
      default:
        return { text: `module "api" {\n  source  = "./modules/api"\n  version = "2.1.0"\n\n  ${snake(k)} = ${value}\n}\n`, literal: body };
    }
  },
  /** `helm --set` in its forms: a pair of its own, after other pairs of one flag, quoted whole or in its value, on a continued line. */
  helm(k, v, rng) {
    const escaped = v.replace(/([\\,])/g, '\\$1');
    const name = `${rng.pick(['db', 'auth', 'global.postgresql.auth', 'api'])}.${camel(k)}`;
    const flag = rng.pick(['--set', '--set', '--set-string']);
    const form = rng.int(0, 3);
    if (form === 1) {
      const inDoubleQuotes = escaped.replace(/([\\"$`])/g, '\\$1');
      return { text: `helm upgrade --install api ./charts/api -n prod ${flag} "${name}=${inDoubleQuotes}"\n`, literal: inDoubleQuotes };
    }
    const word = shellWord(escaped);
    if (form === 2) return { text: `helm install api ./charts/api ${flag} replicaCount=2,image.tag=1.4.2,${name}=${word}\n`, literal: shellLiteral(word) };
    if (form === 3) return { text: `helm upgrade --install api ./charts/api \\\n  --namespace prod \\\n  ${flag} ${name}=${word} \\\n  --wait\n`, literal: shellLiteral(word) };
    return { text: `helm upgrade --install api ./charts/api --namespace prod --set image.tag=1.4.2 ${flag} ${name}=${word}\n`, literal: shellLiteral(word) };
  },
  /** A container's `env` entry (block or flow style), a Secret's `stringData`, or `kubectl create secret --from-literal`. */
  kubernetes(k, v, rng) {
    const { scalar, literal } = yamlScalar(v, rng);
    const form = rng.int(0, 3);
    if (form === 1) {
      const flow = /^[\w.-]+$/.test(v) && rng.bool() ? v : `"${cEscape(v)}"`;
      return { text: `containers:\n  - name: api\n    image: acme/api:1.4.2\n    env:\n      - { name: LOG_LEVEL, value: info }\n      - { name: ${upperSnake(k)}, value: ${flow} }\n`, literal: flow.startsWith('"') ? cEscape(v) : v };
    }
    if (form === 2) {
      return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\ntype: Opaque\nstringData:\n  ${upperSnake(k)}: ${scalar}\n`, literal };
    }
    if (form === 3) {
      const word = shellWord(v);
      return { text: `kubectl create secret generic api-secrets -n prod --from-literal=${snake(k)}=${word}\n`, literal: shellLiteral(word) };
    }
    return {
      text: `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: ${upperSnake(k)}\n              value: ${scalar}\n`,
      literal,
    };
  },
  python(k, v, rng) {
    const form = rng.int(0, 2);
    if (form === 0) return scriptString(v, rng, (s) => `import os\n\n${upperSnake(k)} = ${s}\n`);
    if (form === 1) return scriptString(v, rng, (s) => `client = Client(host="db.internal", ${snake(k)}=${s})\n`);
    return scriptString(v, rng, (s) => `settings = {\n    "host": "db.internal",\n    "${snake(k)}": ${s},\n}\n`);
  },
  javascript(k, v, rng) {
    const form = rng.int(0, 2);
    if (form === 0) return scriptString(v, rng, (s) => `const ${camel(k)} = ${s};\n`);
    if (form === 1) return scriptString(v, rng, (s) => `module.exports = {\n  host: 'db.internal',\n  ${camel(k)}: ${s},\n};\n`);
    return scriptString(v, rng, (s) => `process.env.${upperSnake(k)} = ${s};\n`);
  },
  typescript(k, v, rng) {
    if (rng.bool()) return scriptString(v, rng, (s) => `export const ${upperSnake(k)}: string = ${s};\n`);
    return scriptString(v, rng, (s) => `const config: Config = { ${camel(k)}: ${s}, retries: 3 };\n`);
  },
  go(k, v, rng) {
    const form = rng.int(0, 3);
    if (form === 3 && !v.includes('`')) return quoted('`', v, (s) => `const ${camel(k)} = ${s}\n`);
    const body = cEscape(v);
    if (form === 0) return { text: `${camel(k)} := "${body}"\n`, literal: body };
    if (form === 1) return { text: `var ${camel(k)} string = "${body}"\n`, literal: body };
    return { text: `cfg := Config{\n\tHost: "db.internal",\n\t${pascal(k)}: "${body}",\n}\n`, literal: body };
  },
  java(k, v, rng) {
    const body = cEscape(v);
    const form = rng.int(0, 2);
    if (form === 0) return { text: `private static final String ${upperSnake(k)} = "${body}";\n`, literal: body };
    if (form === 1) return { text: `String ${camel(k)} = "${body}";\n`, literal: body };
    return { text: `dataSource.set${pascal(k)}("${body}");\n`, literal: body };
  },
  csharp(k, v, rng) {
    const form = rng.int(0, 2);
    if (form === 0) return { text: `var ${camel(k)} = "${cEscape(v)}";\n`, literal: cEscape(v) };
    if (form === 1) return { text: `public string ${pascal(k)} { get; set; } = "${cEscape(v)}";\n`, literal: cEscape(v) };
    const verbatim = v.replace(/"/g, '""');
    return { text: `private const string ${pascal(k)} = @"${verbatim}";\n`, literal: verbatim };
  },
  php(k, v, rng) {
    const body = singleEscape(v);
    const form = rng.int(0, 2);
    if (form === 0) return { text: `<?php\n$${camel(k)} = '${body}';\n`, literal: body };
    if (form === 1) return { text: `return [\n    'host' => 'db.internal',\n    '${snake(k)}' => '${body}',\n];\n`, literal: body };
    return { text: `define('${upperSnake(k)}', '${body}');\n`, literal: body };
  },
  ruby(k, v, rng) {
    const body = singleEscape(v);
    const form = rng.int(0, 2);
    if (form === 0) return { text: `${upperSnake(k)} = '${body}'\n`, literal: body };
    if (form === 1) return { text: `config.${snake(k)} = '${body}'\n`, literal: body };
    return { text: `Client.new(host: 'db.internal', ${snake(k)}: '${body}')\n`, literal: body };
  },
  rust(k, v, rng) {
    const body = cEscape(v);
    if (rng.bool()) return { text: `const ${upperSnake(k)}: &str = "${body}";\n`, literal: body };
    return { text: `let ${snake(k)} = "${body}";\n`, literal: body };
  },
  kotlin(k, v, rng) {
    const body = cEscape(v).replace(/\$/g, '\\$');
    if (rng.bool()) return { text: `const val ${upperSnake(k)} = "${body}"\n`, literal: body };
    return { text: `val ${camel(k)} = "${body}"\n`, literal: body };
  },
  swift(k, v, rng) {
    const body = cEscape(v);
    if (rng.bool()) return { text: `let ${camel(k)} = "${body}"\n`, literal: body };
    return { text: `static let ${camel(k)}: String = "${body}"\n`, literal: body };
  },
  /** `if password == "..."`: the value on the right of a comparison, or on its left (Yoda style). */
  comparison(k, v, rng) {
    const body = cEscape(v);
    const form = rng.int(0, 2);
    if (form === 0) return { text: `if ${snake(k)} == "${body}":\n    login()\n`, literal: body };
    if (form === 1) return { text: `if (${camel(k)} === "${body}") { grant(); }\n`, literal: body };
    return { text: `if ("${body}".equals(${camel(k)})) {\n  grant();\n}\n`, literal: body };
  },
  /** A name and its value as a call's arguments, or a setter named after the secret. */
  'call-argument'(k, v, rng) {
    const body = cEscape(v);
    const form = rng.int(0, 2);
    if (form === 0) return { text: `props.put("${dotted(k)}", "${body}");\n`, literal: body };
    if (form === 1) return { text: `os.environ.setdefault("${upperSnake(k)}", "${body}")\n`, literal: body };
    return { text: `user.set${pascal(k)}("${body}");\n`, literal: body };
  },
  /** Two assignments on one line: the secret second. */
  'two-per-line'(k, v, rng) {
    const word = shellWord(v);
    if (rng.bool()) return { text: `DB_USER=app ${upperSnake(k)}=${word}\n`, literal: shellLiteral(word) };
    const body = cEscape(v);
    return { text: `user = "app"; ${camel(k)} = "${body}";\n`, literal: body };
  },
  /** PHP string concatenation assignment. */
  'php-append'(k, v) {
    const body = singleEscape(v);
    return { text: `$${camel(k)} = '';\n$${camel(k)} .= '${body}';\n`, literal: body };
  },
};
