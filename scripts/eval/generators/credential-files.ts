/**
 * Credentials in files with a known layout: connection URLs, JDBC and ADO.NET strings, docker
 * `config.json`, `.npmrc`, `.pypirc`, `.netrc`, Kubernetes Secrets and git credential URLs.
 */
import type { Rng } from '../rng';
import type { Generator, Sample } from '../types';
import { base64, HOSTS, password, token, USERS } from '../values';

const sample = (syntax: string, kind: string, text: string, value: string): Sample => ({
  generator: 'credential-files',
  syntax,
  text,
  expected: [{ category: 'secret', kind, value }],
});

function connectionUrl(rng: Rng): Sample {
  const scheme = rng.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'mongodb', 'redis', 'rediss', 'amqp', 'mssql', 'https']);
  const user = scheme.startsWith('redis') && rng.bool() ? '' : rng.pick(USERS);
  const pw = encodeURIComponent(password(rng).value);
  const url = `${scheme}://${user}:${pw}@${rng.pick(HOSTS)}/${rng.pick(['orders', 'app', '0', 'jobs'])}`;
  const text = rng.pick([`DATABASE_URL=${url}\n`, `url: "${url}"\n`, `engine = create_engine("${url}")\n`, `const client = new Client('${url}');\n`]);
  return sample('connection-url', 'url-password', text, pw);
}

function jdbc(rng: Rng): Sample {
  const pw = password(rng).value.replace(/[;&"'\s<>]/g, '');
  const text = `spring.datasource.url=jdbc:postgresql://${rng.pick(HOSTS)}:5432/app?user=${rng.pick(USERS)}&password=${pw}&ssl=true\n`;
  return sample('jdbc', 'url-password', text, pw);
}

function adonet(rng: Rng): Sample {
  const pw = password(rng).value.replace(/[;"'\s{}]/g, '');
  const text = `{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:${rng.pick(HOSTS)},1433;Initial Catalog=crm;User ID=${rng.pick(USERS)};Password=${pw};Encrypt=True;"\n  }\n}\n`;
  return sample('adonet', 'url-password', text, pw);
}

function dockerConfig(rng: Rng): Sample {
  const auth = base64(`${rng.pick(USERS)}:${password(rng).value}`);
  const text = `{\n\t"auths": {\n\t\t"${rng.pick(['registry.northwind.cloud', 'ghcr.io', '123456789012.dkr.ecr.eu-west-1.amazonaws.com'])}": {\n\t\t\t"auth": "${auth}"\n\t\t}\n\t}\n}\n`;
  return sample('docker-config', 'registry-auth', text, auth);
}

function npmrc(rng: Rng): Sample {
  const form = rng.int(0, 2);
  if (form === 0) {
    const t = token(rng).replace(/[+/=]/g, '');
    return sample('npmrc', 'registry-auth', `registry=https://npm.acme-corp.io/\n//npm.acme-corp.io/:_authToken=${t}\nalways-auth=true\n`, t);
  }
  if (form === 1) {
    const a = base64(`${rng.pick(USERS)}:${password(rng).value}`);
    return sample('npmrc', 'registry-auth', `registry=https://nexus.acme-corp.io/repository/npm/\n_auth=${a}\n`, a);
  }
  const p = base64(password(rng).value);
  return sample('npmrc', 'registry-auth', `//nexus.acme-corp.io/repository/npm/:username=${rng.pick(USERS)}\n//nexus.acme-corp.io/repository/npm/:_password=${p}\n`, p);
}

function pypirc(rng: Rng): Sample {
  const pw = rng.bool() ? `pypi-${token(rng).replace(/[+/=]/g, '')}` : password(rng).value;
  return sample('pypirc', 'registry-auth', `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = ${rng.bool() ? '__token__' : rng.pick(USERS)}\npassword = ${pw}\n`, pw);
}

function netrc(rng: Rng): Sample {
  const pw = password(rng).value.replace(/\s/g, '');
  const host = rng.pick(HOSTS);
  const text = rng.bool() ? `machine ${host} login ${rng.pick(USERS)} password ${pw}\n` : `machine ${host}\n  login ${rng.pick(USERS)}\n  password ${pw}\n`;
  return sample('netrc', 'netrc-password', text, pw);
}

function kubernetesSecret(rng: Rng): Sample {
  const pw = password(rng).value;
  const key = rng.pick(['password', 'db-password', 'api-token', 'POSTGRES_PASSWORD', 'client-secret']);
  if (rng.bool()) {
    const b = base64(pw);
    return sample('kubernetes-secret', 'kubernetes-secret', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\ndata:\n  username: ${base64(rng.pick(USERS))}\n  ${key}: ${b}\n`, b);
  }
  const body = pw.replace(/'/g, "''");
  return sample('kubernetes-secret', 'kubernetes-secret', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\nstringData:\n  ${key}: '${body}'\n`, body);
}

function gitCredentials(rng: Rng): Sample {
  const t = token(rng).replace(/[+/=]/g, '');
  const host = rng.pick(['github.com', 'gitlab.acme-corp.io', 'bitbucket.org', 'git.northwind.cloud']);
  const text = rng.bool() ? `https://${rng.pick(USERS)}:${t}@${host}\n` : `[remote "origin"]\n\turl = https://${rng.pick(USERS)}:${t}@${host}/team/app.git\n`;
  return sample('git-credentials', 'url-password', text, t);
}

export const credentialFiles: Generator = {
  name: 'credential-files',
  generate(rng) {
    return [connectionUrl, connectionUrl, jdbc, adonet, dockerConfig, npmrc, pypirc, netrc, kubernetesSecret, gitCredentials].map((make) => make(rng));
  },
};
