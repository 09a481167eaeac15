import type { MatchContext, Rule, RuleExamples, ValidatorResult } from '../../engine/types';
import { lineBounds, shannonEntropy } from '../../engine/validators';
import { passwordVerdict } from './util';

/**
 * Passwords typed on a command line: `mysql -pS3cret`, `sshpass -p`, `redis-cli -a`, `ldapsearch -w`,
 * `sqlcmd -P`, `smbclient -U user%pass`, `keytool -storepass`, `openssl -passin pass:`, Java `-D...Password=`,
 * and `PGPASSWORD=... psql`. Shell history, scripts, CI logs and pasted terminal sessions keep them.
 * (`curl -u` and `docker login -p` are in http-auth.ts and credential-files.ts.)
 */

/** What a password on a command line may hold: no spaces, quotes or shell operators. */
const VALUE = String.raw`[^\s"'\x60;|&<>]{1,200}`;

/** Characters looked back from a password flag for its command. */
const MAX_COMMAND_LINE = 512;

/** Defaults that tools ship with and documentation repeats: never anyone's secret. */
const TOOL_DEFAULTS = /^(?:changeit|changeme|secret|password|passw0rd|p@ssw0rd|admin|root|toor|calvin|guest|public|private|tiger)$/i;

function plausibleCommandLinePassword(ctx: MatchContext): ValidatorResult {
  const v = ctx.value;
  // Shell, batch and template references: $VAR, ${VAR}, $(cmd), %VAR%, {{ var }}.
  if (/^[$%{]|\$\{|\$\(/.test(v) || v.startsWith('-')) return false;
  if (TOOL_DEFAULTS.test(v)) return { severity: 'low', note: "a tool's published default" };
  const verdict = passwordVerdict(v);
  return verdict === true && shannonEntropy(v) < 2 ? { confidence: 'low' } : verdict;
}

interface ToolSpec {
  /** `generic-<id>-cli-password`. */
  readonly id: string;
  /** The tool as named in messages. */
  readonly tool: string;
  /** Regex source of the command names (no capture groups). */
  readonly commands: string;
  /** Regex source of what precedes the password on the line after the command: the flag and its separator. */
  readonly flag: string;
  /** Regex source of the password's characters, when they differ from VALUE. */
  readonly value?: string;
  /** Regex source of what may follow the password (a look-ahead), when it differs from a space or shell operator. */
  readonly end?: string;
  readonly keywords: readonly string[];
  readonly helpUrl?: string;
  readonly examples: RuleExamples;
}

/**
 * The command must stand earlier on the same line, with no shell separator (`;`, `|`, `&`) between it
 * and the flag: `mysql ... && mkdir -p build` gives mysql no password.
 */
function commandBefore(commands: string) {
  const before = new RegExp(String.raw`(?<![A-Za-z0-9_.-])(?:${commands})(?:\.exe)?[ \t][^;|&\n]*$`);
  return (ctx: MatchContext): boolean => {
    const flagStart = ctx.start - ((ctx.match.indices?.[1]?.[0] ?? ctx.match.index) - ctx.match.index);
    const { start } = lineBounds(ctx.text, flagStart, flagStart, MAX_COMMAND_LINE);
    return before.test(ctx.text.slice(start, flagStart));
  };
}

function toolRule(s: ToolSpec): Rule {
  return {
    id: `generic-${s.id}-cli-password`,
    title: `Password on a ${s.tool} command line`,
    category: 'secret',
    kind: 'PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: `A password on the command line of ${s.tool} stays in shell history, scripts, CI logs and process lists.`,
    keywords: s.keywords,
    // The flag after a space, then the password, optionally quoted, ending at a space, a shell operator or
    // the end of the line. The pattern begins at the flag (the regex engine skips to it); the validator
    // checks the command before it.
    pattern: new RegExp(String.raw`(?<=[ \t])${s.flag}["']?(${s.value ?? VALUE})["']?(?=${s.end ?? String.raw`[\s;|&)]|$`})`, 'm'),
    secretGroup: 1,
    window: MAX_COMMAND_LINE,
    // The flag follows the command (the keyword) on its line.
    windowBefore: 0,
    allowPlaceholders: true,
    validators: [commandBefore(s.commands), plausibleCommandLinePassword],
    helpUrl: s.helpUrl,
    examples: s.examples,
  };
}

const TOOLS: readonly ToolSpec[] = [
  {
    id: 'mysql',
    tool: 'MySQL',
    commands: 'mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mysqlsh|mariadb|mariadb-dump|mariadb-admin',
    // `-p` takes its value attached; `-p value` prompts and reads `value` as the database name.
    flag: '(?:-p|--password=)(?=[^\\s])',
    keywords: ['mysql', 'mariadb'],
    helpUrl: 'https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html',
    examples: {
      positive: ['mysql -h db.internal -u root -pQ7vX2kLm9Zp acme_prod', 'mysqldump --user=backup --password="Wq9#xT2mL7vK" --all-databases > dump.sql'],
      negative: [
        { text: 'mysql -h db.internal -u root -p acme_prod', reason: '-p alone prompts for the password' },
        { text: 'mysql -u app -p"$MYSQL_PASSWORD" app', reason: 'an environment reference' },
        { text: 'mysql -P3306 -h db.internal -u app', reason: '-P is the port' },
      ],
    },
  },
  {
    id: 'sshpass',
    tool: 'sshpass',
    commands: 'sshpass',
    flag: '-p[ \\t]*',
    keywords: ['sshpass'],
    examples: {
      positive: ["sshpass -p 'Vb8nM2qX7kLz' ssh admin@10.0.4.12", 'sshpass -pZq8x2Lm4Vt9k scp build.tgz deploy@web-01:/srv'],
      negative: [
        { text: 'sshpass -e ssh admin@10.0.4.12', reason: 'the password comes from the SSHPASS variable' },
        { text: 'sshpass -p "$DEPLOY_PASS" ssh deploy@web-01', reason: 'an environment reference' },
      ],
    },
  },
  {
    id: 'redis',
    tool: 'redis-cli',
    commands: 'redis-cli',
    flag: '(?:-a|--pass)[ \\t]+',
    keywords: ['redis-cli'],
    examples: {
      positive: ['redis-cli -h cache.internal -a Hq3x9LmZ2kPw FLUSHALL', 'redis-cli --user app --pass T4k!9zQm2xLv ping'],
      negative: [
        { text: 'redis-cli -h cache.internal --askpass', reason: 'prompts for the password' },
        { text: 'redis-cli -a $REDIS_PASSWORD ping', reason: 'an environment reference' },
      ],
    },
  },
  {
    id: 'mongodb',
    tool: 'MongoDB',
    commands: 'mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|mongostat|mongotop|mongofiles',
    flag: '(?:-p|--password)(?:[ \\t]+|=)',
    keywords: ['mongo'],
    examples: {
      positive: ['mongosh --host db.internal -u admin -p Xr7!kQ2mZp9v --authenticationDatabase admin', 'mongodump --username=backup --password=Lm4xV9qT2kZw --out /backup'],
      negative: [
        { text: 'mongosh --host db.internal -u admin -p', reason: 'prompts for the password' },
        { text: 'mongodump -u backup -p "${MONGO_PASSWORD}" --out /backup', reason: 'an environment reference' },
      ],
    },
  },
  {
    id: 'ldap',
    tool: 'LDAP',
    commands: 'ldapsearch|ldapmodify|ldapadd|ldapdelete|ldappasswd|ldapwhoami|ldapcompare|ldapmodrdn|ldapexop',
    flag: '-w[ \\t]*',
    keywords: ['ldap'],
    examples: {
      positive: [
        'ldapsearch -x -H ldaps://ldap.acme-corp.io -D "cn=admin,dc=acme,dc=io" -w Kp7#vX2qLm9z -b "dc=acme,dc=io"',
        "ldapmodify -D cn=admin,dc=acme,dc=io -w 'Tz4!mQ8xWk2p' -f change.ldif",
      ],
      negative: [
        { text: 'ldapsearch -x -D "cn=admin,dc=acme,dc=io" -W -b "dc=acme,dc=io"', reason: '-W prompts for the password' },
        { text: 'ldapsearch -x -D cn=reader -y /run/secrets/ldap -b dc=acme', reason: 'the password is read from a file' },
      ],
    },
  },
  {
    id: 'sqlserver',
    tool: 'SQL Server',
    commands: 'sqlcmd|bcp|osql|isql',
    flag: '-P[ \\t]*',
    keywords: ['sqlcmd', 'bcp ', 'osql', 'isql'],
    examples: {
      positive: ['sqlcmd -S db.internal -U sa -P "Rq8!xL2mZv7k" -Q "SELECT 1"', 'bcp Sales.dbo.Orders out orders.dat -S db01 -U loader -P Wm3xQ9zLk7Tp -c'],
      negative: [
        { text: 'sqlcmd -S db.internal -U sa -P $(SA_PASSWORD) -Q "SELECT 1"', reason: 'a pipeline variable' },
        { text: 'sqlcmd -S db.internal -E -Q "SELECT 1"', reason: 'Windows authentication, no password' },
      ],
    },
  },
  {
    id: 'htpasswd',
    tool: 'htpasswd',
    commands: 'htpasswd',
    // -b takes the password as the last argument: htpasswd -b[c] FILE USER PASSWORD.
    flag: '-(?=[A-Za-z]*b)[A-Za-z]+[ \\t]+[^\\s]+[ \\t]+[^\\s]+[ \\t]+',
    keywords: ['htpasswd'],
    examples: {
      positive: ['htpasswd -bc /etc/nginx/.htpasswd admin Gx7!qP2mLz9v', 'htpasswd -bB auth/users deploy Kz3xW8qLm2Tv'],
      negative: [
        { text: 'htpasswd -c /etc/nginx/.htpasswd admin', reason: 'prompts for the password' },
        { text: 'htpasswd -bc .htpasswd admin "$ADMIN_PASSWORD"', reason: 'an environment reference' },
      ],
    },
  },
  {
    id: 'smb',
    tool: 'SMB client',
    commands: 'smbclient|rpcclient|smbmap|smbcacls|smbget',
    // -U user%password
    flag: '(?:-U|--user(?:name)?)[ =]?["\']?[^\\s%"\']{1,64}%',
    keywords: ['smbclient', 'rpcclient', 'smbmap', 'smbcacls', 'smbget'],
    examples: {
      positive: ["smbclient //fs01/finance -U 'ACME\\jdoe%Pq8!xZ2mLv7k' -c 'ls'", 'rpcclient -U svc_backup%Tw4xM9qLz2Kp 10.0.2.15'],
      negative: [
        { text: 'smbclient //fs01/finance -U ACME\\jdoe', reason: 'prompts for the password' },
        { text: 'smbclient //fs01/finance -A /etc/samba/creds', reason: 'an authentication file' },
      ],
    },
  },
  {
    id: 'keytool',
    tool: 'keytool',
    commands: 'keytool',
    flag: '-(?:store|key|srcstore|deststore|srckey|destkey|new)pass[ \\t]+',
    keywords: ['keytool'],
    examples: {
      positive: ['keytool -importkeystore -srckeystore app.p12 -srcstorepass Vq7!mX2kLz9p -destkeystore app.jks', 'keytool -genkeypair -alias api -keystore api.jks -storepass Hx4qZ8mWk2Lt'],
      negative: [
        { text: 'keytool -list -keystore app.jks -storepass:env KEYSTORE_PASS', reason: 'read from an environment variable' },
      ],
      lowSeverity: ['keytool -list -keystore cacerts -storepass changeit'],
    },
  },
  {
    id: 'openssl',
    tool: 'OpenSSL',
    commands: 'openssl',
    flag: '(?:-(?:passin|passout|pass)[ \\t]+["\']?pass:|-k[ \\t]+)',
    keywords: ['openssl'],
    examples: {
      positive: ['openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.p12 -passout pass:Zr8!kQ2xMv7p', 'openssl enc -aes-256-cbc -in backup.tar -out backup.enc -k Lq9xT3mWz7Kp'],
      negative: [
        { text: 'openssl pkcs12 -export -in cert.pem -out cert.p12 -passout env:P12_PASS', reason: 'read from an environment variable' },
        { text: 'openssl rsa -in key.pem -passin file:/run/secrets/key_pass', reason: 'read from a file' },
      ],
    },
  },
  {
    id: 'wget',
    tool: 'wget',
    commands: 'wget',
    flag: '--(?:http-|ftp-|proxy-)?password[= \\t]',
    keywords: ['wget'],
    examples: {
      positive: ['wget --user=deploy --password=Mx8!qZ2kLv7p https://repo.acme-corp.io/artifact.tgz', 'wget --ftp-user=backup --ftp-password Tk4xW9qLm2Zp ftp://files.acme-corp.io/db.gz'],
      negative: [
        { text: 'wget --user=deploy --ask-password https://repo.acme-corp.io/artifact.tgz', reason: 'prompts for the password' },
        { text: 'wget --password="$REPO_PASSWORD" https://repo.acme-corp.io/a.tgz', reason: 'an environment reference' },
      ],
    },
  },
  {
    id: 'azure-cli',
    tool: 'Azure CLI',
    commands: 'az[ \\t]+login',
    flag: '(?:-p|--password)(?:[ \\t]+|=)',
    keywords: ['az login'],
    examples: {
      positive: ['az login --service-principal -u 4f8c2b1e-7d3a-4e5f-9a6b-1c2d3e4f5a6b -p Qx8~kZ2mLv7pT4wN9rB3 --tenant acme.onmicrosoft.com'],
      negative: [
        { text: 'az login --service-principal -u $APP_ID -p $CLIENT_SECRET --tenant $TENANT', reason: 'environment references' },
        { text: 'az login --identity', reason: 'a managed identity, no password' },
      ],
    },
  },
  {
    id: 'putty',
    tool: 'PuTTY',
    commands: 'plink|pscp|psftp|putty',
    flag: '-pw[ \\t]+',
    keywords: ['plink', 'pscp', 'psftp', 'putty'],
    examples: {
      positive: ['plink -ssh deploy@web-01 -pw Jx7!mQ2kZv9p "systemctl restart app"', 'pscp -pw Rt4xL9qMz2Wk build.zip admin@10.0.0.8:/tmp/'],
      negative: [
        { text: 'plink -ssh deploy@web-01 -i deploy.ppk "uptime"', reason: 'a key file, no password' },
        { text: 'pscp -pw %DEPLOY_PW% build.zip admin@10.0.0.8:/tmp/', reason: 'a batch variable' },
      ],
    },
  },
  {
    id: 'rdp',
    tool: 'remote desktop',
    commands: 'xfreerdp3?|wlfreerdp|sdl-freerdp|wfreerdp|rdesktop',
    flag: '(?:/p:|-p[ \\t]+)',
    keywords: ['freerdp', 'rdesktop'],
    examples: {
      positive: ['xfreerdp /v:10.0.3.20 /u:Administrator /p:Wz8!qK2mXv7L /cert:ignore', 'rdesktop -u jdoe -p Mq4xT9zLk2Wp term01.acme-corp.io'],
      negative: [
        { text: 'xfreerdp /v:10.0.3.20 /u:Administrator /cert:ignore', reason: 'prompts for the password' },
        { text: 'rdesktop -u jdoe -p - term01.acme-corp.io', reason: '-p - reads the password from standard input' },
      ],
    },
  },
  {
    id: 'ipmitool',
    tool: 'ipmitool',
    commands: 'ipmitool',
    flag: '-P[ \\t]*',
    keywords: ['ipmitool'],
    examples: {
      positive: ['ipmitool -I lanplus -H 10.0.9.11 -U admin -P Xq7!mZ2kLv9p chassis power status'],
      negative: [
        { text: 'ipmitool -I lanplus -H 10.0.9.11 -U admin -E chassis status', reason: 'the password comes from IPMI_PASSWORD' },
      ],
      lowSeverity: ['ipmitool -I lanplus -H 10.0.9.11 -U root -P calvin chassis status'],
    },
  },
  {
    id: 'sqlplus',
    tool: 'SQL*Plus',
    commands: 'sqlplus|sqlldr|expdp|impdp|rman',
    // user/password@service
    flag: '[A-Za-z0-9_$#.]{1,64}/',
    value: String.raw`[^\s"'\x60;|&<>@/]{1,200}`,
    end: String.raw`[\s;|&)@]|$`,
    keywords: ['sqlplus', 'sqlldr', 'expdp', 'impdp', 'rman'],
    examples: {
      positive: ['sqlplus -s app_owner/Kq8!xZ2mLv7p@//db.acme-corp.io:1521/ORCLPDB1 @migrate.sql', 'expdp system/Tz4xW9qLm2Kp@prod schemas=HR directory=DUMP'],
      negative: [
        { text: 'sqlplus /nolog @setup.sql', reason: 'no credentials' },
        { text: 'sqlplus -s app_owner/"${DB_PASS}"@orcl', reason: 'an environment reference' },
      ],
      lowSeverity: ['sqlplus scott/tiger@orcl'],
    },
  },
];

export const commandLineRules: readonly Rule[] = [
  ...TOOLS.map(toolRule),
  {
    id: 'generic-java-property-password',
    title: 'Password in a Java system property',
    category: 'secret',
    kind: 'PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: 'A -D system property on a java command line stays in scripts, service files and process lists.',
    keywords: ['password=', 'passwd=', 'secret=', 'pass='],
    pattern: new RegExp(String.raw`(?<=\s|^)-D[A-Za-z0-9_.-]{0,80}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Ss]ecret|SECRET|[Pp]ass|PASS)=["']?(${VALUE})["']?(?=\s|$)`, 'm'),
    secretGroup: 1,
    allowPlaceholders: true,
    validators: [plausibleCommandLinePassword],
    examples: {
      positive: [
        'java -Djavax.net.ssl.keyStore=/etc/app/ks.jks -Djavax.net.ssl.keyStorePassword=Wq7!xM2kZp9L -jar app.jar',
        'JAVA_OPTS="-Xmx2g -Dspring.datasource.password=Lk8xT3qMz9Wp -Dserver.port=8080"',
      ],
      negative: [
        { text: 'java -Dspring.datasource.password=${DB_PASSWORD} -jar app.jar', reason: 'a placeholder resolved at start-up' },
      ],
      lowSeverity: ['java -Djavax.net.ssl.trustStorePassword=changeit -jar app.jar'],
    },
  },
  {
    id: 'generic-env-prefix-password',
    title: 'Password in an environment variable set for one command',
    category: 'secret',
    kind: 'PASSWORD',
    severity: 'high',
    confidence: 'medium',
    description: 'VAR=secret command puts the secret in shell history, scripts and CI logs.',
    keywords: ['password=', 'passwd=', 'pwd=', 'pass=', 'secret=', 'token=', '_auth='],
    // NAME=value followed by a blank; the validator reads what follows on the line: a command (maybe after more
    // NAME=value pairs or sudo), or nothing after another pair before it (`DB_USER=app DB_PASSWORD=…`). A line of
    // only NAME=value is a config value, found elsewhere.
    // The match starts at the `=` (a look-behind checks the name), so the regex engine skips to it.
    pattern: new RegExp(String.raw`=(?<=(?<![^\s;&|(])[A-Z][A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|PWD|PASS|SECRET|TOKEN|_AUTH)=)([^\s"'\x60;|&<>=][^\s"'\x60;|&<>]{0,199})(?![^\s])`, 'm'),
    secretGroup: 1,
    allowPlaceholders: true,
    validators: [
      (ctx) => {
        const end = ctx.start + ctx.value.length;
        const { start, end: lineEnd } = lineBounds(ctx.text, ctx.start, end, MAX_COMMAND_LINE);
        const after = ctx.text.slice(end, lineEnd);
        const command = /^[ \t]+(?:[A-Z][A-Z0-9_]{0,40}=\S{0,200}[ \t]+){0,4}(?:sudo[ \t]+)?[a-z][a-z0-9._-]{1,40}(?:[\s;|&]|$)/.test(after);
        const secondPair = /^[ \t]*\r?$/.test(after) && /(?:^|[ \t])[A-Z][A-Z0-9_]{0,40}=\S{0,200}[ \t]+[A-Z][A-Z0-9_]{0,40}=$/.test(ctx.text.slice(start, ctx.start));
        if (!command && !secondPair) return false;
        // Words alone to the end of the line may be a .env file's spaced passphrase (`ADMIN_PASSWORD=correct horse
        // battery staple`) rather than a command: low, so that the config-value finding, which covers them all, wins.
        if (/^[A-Za-z]+$/.test(ctx.value) && /^(?:[ \t]+[A-Za-z]{3,30}){2,7}[ \t]*\r?$/.test(after)) {
          return plausibleCommandLinePassword(ctx) === false ? false : { confidence: 'low', note: 'maybe a spaced passphrase' };
        }
        return plausibleCommandLinePassword(ctx);
      },
    ],
    examples: {
      positive: ['DB_USER=app DB_PASSWORD=Lk8x(T3q)Mz9Wp', 'PGPASSWORD=Lk3vQ9zX2mPw psql -h db.internal -U app -c "select 1"', 'MYSQL_PWD=Qz7!xW2mKp9L mysqldump -u backup shop > shop.sql', 'RSYNC_PASSWORD=Tm4xK9qLz2Wp rsync -av backup@files::data /srv/data'],
      negative: [
        { text: 'PGPASSWORD=$DB_PASSWORD psql -h db.internal -U app', reason: 'an environment reference' },
        { text: 'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }} gh release create', reason: 'a CI secret reference' },
        { text: 'export PGPASSWORD', reason: 'no value' },
      ],
    },
  },
];
