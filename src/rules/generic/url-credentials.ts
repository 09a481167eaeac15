import type { MatchContext, Rule, RuleExamples, ValidatorResult } from '../../engine/types';
import { passwordVerdict } from './util';

/**
 * Credentials inside URLs and connection strings: `scheme://user:password@host`, JDBC `password=`
 * parameters and ADO.NET `Server=...;Password=...`. The finding is the password only, so a redacted
 * copy keeps the rest of the URL readable.
 */

/**
 * `user:password@host`, where the password may hold ':' and quotes but never '@', '/', '?', '#' or spaces (a quote
 * that also opened the URL's string ends it: the validator checks).
 */
const USERINFO = String.raw`(?<user>[^\s:@/?#"'\x60<>\\]{0,64}):(?<password>[^\s@/?#\x60<>\\]{1,128})@`;
/** A host name or a bracketed IPv6 address. */
const ANY_HOST = String.raw`[A-Za-z0-9_-][A-Za-z0-9._-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\]`;

/** Hosts that only appear in documentation and tests (RFC 2606 / 6761). */
function isDocumentationHost(host: string): boolean {
  return /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost\.localdomain)$/i.test(host) || /^(?:host|hostname|server|domain|your[-_]?host|dbhost|db-host)$/i.test(host);
}

function credentialsInUrl(ctx: MatchContext): ValidatorResult {
  const g = ctx.match.groups ?? {};
  const user = g.user ?? '';
  const host = g.host ?? '';
  // The quote that opened the URL's string (before its scheme) cannot stand inside it: `'db://u:' + pw + '@h'` is code.
  const schemeEnd = ctx.start - user.length - 4;
  let i = schemeEnd;
  while (i > 0 && i > schemeEnd - 40 && /[A-Za-z0-9+.-]/.test(ctx.text[i - 1])) i--;
  const opener = ctx.text[i - 1];
  if ((opener === '"' || opener === "'") && ctx.value.includes(opener)) return false;
  if (/["'][ \t]*\+|\+[ \t]*["']/.test(ctx.value)) return false;
  const verdict = passwordVerdict(ctx.value, user || undefined);
  if (verdict === false) return false;
  // `%s:%s@`, printf-style or `user:${x}@` templates leave a trace in the user part too.
  if (/[${}]|%[sdv]/.test(user)) return false;
  if (/^(?:host|hostname|server|domain)$/i.test(host)) return false;
  if (isDocumentationHost(host)) return { severity: 'low', note: 'documentation host' };
  return verdict;
}

interface UrlSpec {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  /** Regex source of the accepted schemes (no capture groups). */
  readonly schemes: string;
  readonly keywords: readonly string[];
  readonly description: string;
  readonly examples: RuleExamples;
  readonly helpUrl?: string;
  /** Regex source of the accepted hosts (no capture groups); default any host. */
  readonly host?: string;
}

function urlRule(s: UrlSpec): Rule {
  return {
    id: s.id,
    title: s.title,
    category: 'secret',
    kind: s.kind,
    severity: 'high',
    confidence: 'medium',
    description: s.description,
    keywords: s.keywords,
    // Begins at "://" and checks the scheme in a look-behind: the regex engine skips ahead to the separator
    // instead of trying every word as a scheme.
    pattern: new RegExp(String.raw`:\/\/(?<=(?<![A-Za-z0-9+.-])(?:${s.schemes}):\/\/)${USERINFO}(?<host>${s.host ?? ANY_HOST})`, 'i'),
    secretGroup: 'password',
    // The keyword (a scheme, or "://") stands at or before the match's "://"; a host after the '@' stands after it.
    ...(s.keywords.some((k) => k.startsWith('@')) ? {} : { windowBefore: 0 }),
    // The '@' that ends the user information: a window around a web log's referrer URL (no '@') is passed over.
    windowNeeds: /@/,
    allowPlaceholders: true,
    validators: [credentialsInUrl],
    // `password@host` also looks like an e-mail address to the PII rule: inside a URL it is a password.
    overrides: s.id === 'generic-url-credentials' ? ['email-address'] : ['generic-url-credentials', 'email-address'],
    helpUrl: s.helpUrl,
    examples: s.examples,
  };
}

const dbDescription = (what: string) =>
  `A ${what} connection string with its password gives direct access to the data, bypassing the application.`;

/** `user:password`, the documentation stand-in every URL rule reports at low severity only, for the given scheme. */
const standIn = (scheme: string) => `url: "${scheme}://user:password@db.acme-corp.io/app"`;

/** Standard negatives every URL rule must ignore, for the given scheme. */
function commonNegatives(scheme: string): RuleExamples['negative'] {
  return [
    { text: `const url = \`${scheme}://\${user}:\${password}@\${host}/app\`;`, reason: 'a template, not a value' },
    { text: `${scheme}://db.acme-corp.io:5432/app`, reason: 'no credentials in the URL' },
  ];
}

export const urlCredentialRules: readonly Rule[] = [
  urlRule({
    id: 'generic-postgres-connection-string',
    title: 'PostgreSQL connection string with password',
    kind: 'DATABASE_PASSWORD',
    schemes: String.raw`postgres(?:ql)?(?:\+[a-z0-9]{1,20})?`,
    keywords: ['postgres'],
    description: dbDescription('PostgreSQL'),
    examples: {
      positive: [
        'DATABASE_URL=postgres://app_rw:q7Lm2xT9vRk4@db.acme-corp.io:5432/orders',
        'SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://etl:Zr8!pWq3nV5s@10.0.4.12/warehouse"',
        'jdbc:postgresql://svc:M3kd92jLqp@pg.internal:5432/db',
      ],
      negative: [
        ...commonNegatives('postgres'),
      ],
      lowSeverity: [standIn('postgres'), 'postgres://postgres:postgres@localhost:5432/test', 'postgres://app:q7Lm2xT9vRk4@db.example.com/app'],
    },
  }),
  urlRule({
    id: 'generic-mysql-connection-string',
    title: 'MySQL / MariaDB connection string with password',
    kind: 'DATABASE_PASSWORD',
    schemes: String.raw`(?:mysql|mariadb|mysqlx)(?:\+[a-z0-9]{1,20})?`,
    keywords: ['mysql', 'mariadb'],
    description: dbDescription('MySQL'),
    examples: {
      positive: ['mysql://shop:Tq4x9LmZ2pWd@mysql.acme-corp.io:3306/shop', "url: 'mariadb://report:N8v!3kQzP1@10.1.2.3/stats'"],
      negative: [...commonNegatives('mysql'), ],
      lowSeverity: [standIn('mysql'), 'mysql://root:root@127.0.0.1:3306/db'],
    },
  }),
  urlRule({
    id: 'generic-mongodb-connection-string',
    title: 'MongoDB connection string with password',
    kind: 'DATABASE_PASSWORD',
    schemes: String.raw`mongodb(?:\+srv)?`,
    keywords: ['mongodb'],
    description: dbDescription('MongoDB'),
    examples: {
      positive: [
        'MONGO_URI=mongodb+srv://api:Hx72Kq9pLmZ4@cluster0.ab1cd.mongodb.net/prod?retryWrites=true',
        'mongoose.connect("mongodb://admin:Vb3nM8qX2kLp@mongo1:27017,mongo2:27017/app?replicaSet=rs0")',
        'create_engine("mongodb+srv://ops.admin:K.)vQz\'Lp!W7%26hR%7D@mongo.internal/jobs")',
      ],
      negative: [
        ...commonNegatives('mongodb'),
        { text: "const uri = 'mongodb://admin:'+pw+'@mongo.internal/jobs';", reason: 'concatenated in code, not a value' },
        { text: 'mongodb+srv://<username>:<password>@cluster0.mongodb.net/', reason: 'Atlas documentation placeholders' },
      ],
      lowSeverity: [standIn('mongodb')],
    },
  }),
  urlRule({
    id: 'generic-redis-connection-string',
    title: 'Redis connection string with password',
    kind: 'DATABASE_PASSWORD',
    schemes: 'rediss?',
    keywords: ['redis'],
    description: dbDescription('Redis'),
    examples: {
      positive: ['REDIS_URL=redis://:p8Xk2mQv9LzT@cache.acme-corp.io:6379/0', 'rediss://default:Jw7q2Nx5Vb8k@redis-12345.c1.cloud.redislabs.com:12345'],
      negative: [...commonNegatives('redis'), { text: 'redis://:${REDIS_PASSWORD}@redis:6379', reason: 'an environment reference' }],
      lowSeverity: [standIn('redis')],
    },
  }),
  urlRule({
    id: 'generic-amqp-connection-string',
    title: 'AMQP (RabbitMQ) connection string with password',
    kind: 'BROKER_PASSWORD',
    schemes: 'amqps?',
    keywords: ['amqp'],
    description: 'A message broker URL with its password lets anyone read, inject or drop messages.',
    examples: {
      positive: ['CELERY_BROKER_URL=amqp://worker:R4t9kLq2Xm7v@rabbit.acme-corp.io:5672/jobs', "amqps://svc:Gm3!x8PqZ2w@b-1.mq.eu-west-1.amazonaws.com:5671"],
      negative: [...commonNegatives('amqp'), ],
      lowSeverity: [standIn('amqp'), 'amqp://guest:guest@localhost:5672/'],
    },
  }),
  urlRule({
    id: 'generic-mssql-connection-string',
    title: 'SQL Server connection URL with password',
    kind: 'DATABASE_PASSWORD',
    schemes: String.raw`(?:mssql|sqlserver)(?:\+[a-z0-9]{1,20})?`,
    keywords: ['mssql', 'sqlserver'],
    description: dbDescription('SQL Server'),
    examples: {
      positive: ['mssql://sa:Yk29!qLm4Xv@sql.acme-corp.io:1433/crm', 'engine = create_engine("mssql+pyodbc://app:Pq7x2Lm9Zk@dsn_name")'],
      negative: commonNegatives('mssql'),
      lowSeverity: [standIn('mssql')],
    },
  }),
  urlRule({
    id: 'generic-ldap-url-credentials',
    title: 'LDAP URL with bind password',
    kind: 'LDAP_PASSWORD',
    schemes: 'ldaps?',
    keywords: ['ldap'],
    description: 'An LDAP bind password usually belongs to a directory service account that can read every user.',
    examples: {
      positive: ['LDAP_URL=ldaps://svc-bind:Kx82mPq4Lz9v@ldap.acme-corp.io:636', 'ldap://reader:T7q!w2ZkX9m@10.0.0.5'],
      negative: commonNegatives('ldap'),
      lowSeverity: [standIn('ldap')],
    },
  }),
  urlRule({
    id: 'generic-ftp-url-credentials',
    title: 'FTP URL with password',
    kind: 'FTP_PASSWORD',
    schemes: 's?ftps?',
    keywords: ['ftp'],
    description: 'FTP credentials give write access to the server, often the web root of a site.',
    examples: {
      positive: ['ftp://webmaster:Zq82Lm4xPv@ftp.acme-corp.io/public_html', 'sftp://deploy:N3k!8pQzW2@files.acme-corp.io:22/uploads'],
      negative: [...commonNegatives('ftp'), ],
      lowSeverity: [standIn('ftp'), 'ftp://anonymous:anonymous@ftp.gnu.org/'],
    },
  }),
  urlRule({
    id: 'generic-smtp-url-credentials',
    title: 'SMTP URL with password',
    kind: 'SMTP_PASSWORD',
    schemes: 'smtps?',
    keywords: ['smtp'],
    description: 'SMTP credentials let anyone send mail as the organisation: phishing from a trusted domain.',
    examples: {
      positive: ['EMAIL_URL=smtp://noreply%40acme-corp.io:Bx7k2Qm9Lp@smtp.mailgun.org:587', "transport: 'smtps://alerts:Wq3x8ZkP2m@mail.acme-corp.io:465'"],
      negative: commonNegatives('smtp'),
      lowSeverity: [standIn('smtp')],
    },
  }),
  urlRule({
    id: 'generic-git-credentials',
    title: 'Git remote URL with credentials',
    kind: 'GIT_CREDENTIALS',
    schemes: 'https?',
    keywords: ['@github.com', '@gitlab.', '@bitbucket.org', '@dev.azure.com', '@gitea.', '@git.'],
    host: String.raw`(?:github\.com|bitbucket\.org|dev\.azure\.com|(?:gitlab|gitea|git)\.[A-Za-z0-9.-]{1,200})(?![A-Za-z0-9.-])`,
    description: 'A token in a git remote URL (or a credential store line) gives push access to the repositories.',
    examples: {
      positive: [
        'https://alice:Zq8x2Lm4Vt9kPw3n@github.com',
        '[remote "origin"]\n\turl = https://ci-bot:Xk29mQ4pLz7vWn2r@gitlab.acme-corp.io/team/app.git',
        'https://build:q8Lm2Zx7Pk4vNw9t@git.acme-corp.io/org/repo.git',
      ],
      negative: [
        { text: 'git clone https://github.com/acme/app.git', reason: 'no credentials' },
        { text: 'https://x-access-token:${GITHUB_TOKEN}@github.com/acme/app.git', reason: 'an environment reference' },
      ],
      lowSeverity: ['https://USERNAME:TOKEN@github.com/acme/app.git'],
    },
  }),
  urlRule({
    id: 'generic-url-credentials',
    title: 'URL with embedded password',
    kind: 'URL_PASSWORD',
    schemes: String.raw`[A-Za-z][A-Za-z0-9+.-]{1,20}`,
    keywords: ['://'],
    description: 'A password in a URL ends up in logs, browser history and proxies, and grants access to the service.',
    examples: {
      positive: [
        'PROXY=http://corp%5Cjdoe:Fm8q2Xk9Lz@proxy.acme-corp.io:8080',
        'registry: "https://npm-reader:Qx7!m2Lk9p@nexus.acme-corp.io/repository/npm/"',
        'ELASTICSEARCH_URL=https://elastic:Hq3x9LmZ2k@es.acme-corp.io:9200',
      ],
      negative: [
        { text: 'https://user:pass@host/path', reason: 'documentation stand-ins' },
        { text: 'https://api.acme-corp.io/v1/users/jdoe@acme-corp.io', reason: 'an e-mail address in a path, no userinfo' },
        { text: 'http://%s:%s@%s:%d/', reason: 'a printf template' },
        { text: 'git@github.com:acme/app.git', reason: 'an SSH remote, no password' },
      ],
    },
  }),
];

/** JDBC `password=` parameters and ADO.NET / ODBC `Password=` / `Pwd=` connection strings. */
export const connectionStringRules: readonly Rule[] = [
  {
    id: 'generic-jdbc-connection-string',
    title: 'JDBC URL with password',
    category: 'secret',
    kind: 'DATABASE_PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: dbDescription('JDBC'),
    keywords: ['jdbc:'],
    pattern: /(?<![A-Za-z0-9])jdbc:[a-z0-9]{2,20}:[^\s"'<>]{0,300}?[?;&]password=([^\s;&"'<>]{1,128})/i,
    secretGroup: 1,
    allowPlaceholders: true,
    validators: [(ctx) => passwordVerdict(ctx.value)],
    overrides: ['generic-url-credentials', 'generic-adonet-connection-string'],
    examples: {
      positive: [
        'spring.datasource.url=jdbc:mysql://db.acme-corp.io:3306/shop?user=shop&password=Tq4x9LmZ2pWd&useSSL=true',
        'jdbc:sqlserver://sql.acme-corp.io:1433;databaseName=crm;user=app;password=Yk29!qLm4Xv;encrypt=true',
      ],
      negative: [
        { text: 'jdbc:mysql://localhost:3306/shop?user=root&password=', reason: 'empty password' },
        { text: 'jdbc:postgresql://db:5432/app?password=${DB_PASSWORD}', reason: 'an environment reference' },
      ],
      lowSeverity: ['jdbc:h2:mem:testdb;user=sa;password=password'],
    },
  },
  {
    id: 'generic-adonet-connection-string',
    title: 'ADO.NET / ODBC connection string with password',
    category: 'secret',
    kind: 'DATABASE_PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: dbDescription('SQL Server / ODBC'),
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    // The value runs to `;`, a quote, a blank or an XML closing tag: `<` and `>` may stand in it (`<password>` is a
    // reference to passwordVerdict).
    pattern: /(?<![A-Za-z0-9_])(?:password|pwd)\s?=\s?((?:[^;"'\s<]|<(?!\/)){1,128})(?=;|"|'|\s|<\/|$)/i,
    secretGroup: 1,
    // ADO.NET and ODBC keys, and libpq's keyword/value form (`dbname=app user=etl password=… host=db`).
    nearbyText: { words: ['server=', 'data source=', 'datasource=', 'server =', 'data source =', 'initial catalog=', 'uid=', 'user id=', 'dbname='], window: 300, required: true },
    allowPlaceholders: true,
    validators: [(ctx) => passwordVerdict(ctx.value)],
    examples: {
      positive: [
        '"DefaultConnection": "Server=tcp:sql.acme-corp.io,1433;Initial Catalog=crm;User ID=app;Password=Yk29!qLm4Xv;Encrypt=True;"',
        'Driver={ODBC Driver 18 for SQL Server};Server=10.0.0.9;Database=hr;Uid=report;Pwd=Pm3x8Kq2Zw;',
        '"Server=tcp:sql.acme-corp.io,1433;User ID=app;Password=?q7f<K#*Z];Encrypt=True;"',
        '<value>Server=sql.acme-corp.io;User ID=app;Password=Yk29!q>Lm4Xv</value>',
        'conn = psycopg2.connect("dbname=orders user=etl password=Vq8!xZ2mLk7p host=db.internal")',
      ],
      negative: [
        { text: 'Server=.;Database=app;Trusted_Connection=True;', reason: 'integrated security, no password' },
        { text: 'https://api.acme-corp.io/login?password=Yk29!qLm4Xv', reason: 'not a connection string (no Server= / Data Source=)' },
        { text: 'Server=sql.acme-corp.io;User ID=app;Password=<password>;', reason: 'a placeholder' },
      ],
      lowSeverity: ['Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;'],
    },
  },
];
