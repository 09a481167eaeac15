/**
 * Seeded data files, the kind people paste into a chat to ask what went wrong, and where a scanner has most
 * to do per byte: a web access log with a public IP on every line, a CSV export of figures, `kubectl get`
 * output, and a file of repeated `-----BEGIN RSA PRIVATE KEY-----` lines (a private key's start, never its
 * body). Generated here (never copied from another project's tests), the same bytes on every machine, cached
 * in .bench/data/. `npm run bench` scans them as stress files; `npm run bench:editor` opens a 20 MB log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng } from './corpus.mjs';
import { benchDir } from './paths.mjs';

const MiB = 1 << 20;
const DATA_SEED = 0x10c5eed;

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const int = (rand, n) => Math.floor(rand() * n);

/** First octets of public unicast space (no private, loopback, documentation or multicast ranges). */
const PUBLIC_FIRST_OCTETS = [23, 31, 34, 45, 52, 54, 62, 66, 77, 81, 89, 91, 94, 104, 109, 128, 142, 151, 154, 176, 185, 193, 195, 212, 213];

function publicIp(rand) {
  return `${pick(rand, PUBLIC_FIRST_OCTETS)}.${1 + int(rand, 254)}.${int(rand, 256)}.${1 + int(rand, 254)}`;
}

const PATHS = ['/api/v1/orders', '/api/v1/items', '/static/app.js', '/login', '/search', '/cart', '/images/logo.png', '/health'];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'curl/8.5.0',
  'Go-http-client/2.0',
];

/** One combined-log-format line with a public client IP. */
function accessLogLine(rand, i) {
  const t = `${String(1 + (i % 28)).padStart(2, '0')}/Nov/2026:${String(int(rand, 24)).padStart(2, '0')}:${String(int(rand, 60)).padStart(2, '0')}:${String(int(rand, 60)).padStart(2, '0')} +0000`;
  const status = pick(rand, [200, 200, 200, 201, 204, 301, 304, 404, 500]);
  return `${publicIp(rand)} - - [${t}] "${pick(rand, ['GET', 'GET', 'POST', 'PUT'])} ${pick(rand, PATHS)}/${int(rand, 100000)}?page=${int(rand, 50)} HTTP/1.1" ${status} ${int(rand, 60000)} "https://shop.example.com/" "${pick(rand, AGENTS)}"`;
}

function fill(bytes, makeLine) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = makeLine(i);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

export function accessLog(bytes, seed = DATA_SEED) {
  const rand = prng(seed);
  return fill(bytes, (i) => accessLogLine(rand, i));
}

/** A CSV export of figures: ids, amounts, quantities, ratios, dates. */
export function csvNumbers(bytes, seed = DATA_SEED + 1) {
  const rand = prng(seed);
  const header = 'order_id,customer_id,sku,quantity,unit_price,discount,total,warehouse,created_at';
  return `${header}\n${fill(bytes - header.length - 1, (i) =>
    [
      1_000_000 + i,
      10_000 + int(rand, 90_000),
      `SKU-${int(rand, 100000)}`,
      1 + int(rand, 20),
      (rand() * 500).toFixed(2),
      (rand() * 0.3).toFixed(3),
      (rand() * 5000).toFixed(2),
      int(rand, 40),
      `2026-${String(1 + int(rand, 12)).padStart(2, '0')}-${String(1 + int(rand, 28)).padStart(2, '0')}T${String(int(rand, 24)).padStart(2, '0')}:${String(int(rand, 60)).padStart(2, '0')}:00Z`,
    ].join(','),
  )}`;
}

/** `kubectl get pods -o wide` output: aligned columns, pod hashes, restarts, ages, cluster IPs, node names. */
export function kubectlOutput(bytes, seed = DATA_SEED + 2) {
  const rand = prng(seed);
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(rand, 16)]).join('');
  const alnum = (n) => Array.from({ length: n }, () => 'bcdfghjklmnpqrstvwxz2456789'[int(rand, 27)]).join('');
  const header = 'NAME                                      READY   STATUS    RESTARTS      AGE    IP             NODE                          NOMINATED NODE   READINESS GATES';
  const apps = ['api-gateway', 'checkout', 'payments-worker', 'search-indexer', 'redis-cache', 'frontend'];
  return `${header}\n${fill(bytes - header.length - 1, () => {
    const name = `${pick(rand, apps)}-${hex(10)}-${alnum(5)}`.padEnd(42);
    const restarts = `${int(rand, 5)}${rand() < 0.2 ? ` (${1 + int(rand, 59)}m ago)` : ''}`.padEnd(14);
    const ip = `10.${int(rand, 256)}.${int(rand, 256)}.${1 + int(rand, 254)}`.padEnd(15);
    const node = `ip-10-0-${int(rand, 256)}-${int(rand, 256)}.ec2.internal`.padEnd(30);
    return `${name}${`${1 + int(rand, 2)}/2`.padEnd(8)}${pick(rand, ['Running', 'Running', 'Pending', 'Completed']).padEnd(10)}${restarts}${`${1 + int(rand, 90)}d`.padEnd(7)}${ip}${node}<none>           <none>`;
  })}`;
}

/** The first line of a PEM private key, again and again, with no key body: every line wakes the PEM rules. */
export function repeatedBegin(bytes) {
  const line = '-----BEGIN RSA PRIVATE KEY-----\n';
  return line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
}

/**
 * The 20 MB log `npm run bench:editor` opens: access log lines with, now and then, an application line that
 * leaks something (a fake AWS key id from the rules' own examples, an e-mail address).
 */
export function editorLog(bytes, seed = DATA_SEED + 3) {
  const rand = prng(seed);
  return fill(bytes, (i) =>
    i % 5000 === 2500
      ? `2026-11-03T10:15:${String(i % 60).padStart(2, '0')}Z ERROR upload failed for maria.gonzalez@gmail.com, aws_access_key_id=AKIAZ3MHQ5TXKVR7WP4L`
      : accessLogLine(rand, i),
  );
}

/** The data stress files of `npm run bench`, and what each is measured against (see report.mjs). */
export const DATA_FILES = [
  { name: 'access-log-5MB.log', make: () => accessLog(5 * MiB), target: 'access-log' },
  { name: 'csv-numbers-5MB.csv', make: () => csvNumbers(5 * MiB), target: 'like-code' },
  { name: 'kubectl-5MB.txt', make: () => kubectlOutput(5 * MiB), target: 'like-code' },
  { name: 'repeated-begin-1MB.txt', make: () => repeatedBegin(MiB), target: 'repeated-begin' },
];

/** Writes (once) and returns the data files as stress entries: { name, path, bytes, target }. */
export function ensureDataFiles(dir = path.join(benchDir, 'data')) {
  fs.mkdirSync(dir, { recursive: true });
  return DATA_FILES.map(({ name, make, target }) => {
    const p = path.join(dir, name);
    if (!fs.existsSync(p)) fs.writeFileSync(p, make());
    return { name, path: p, bytes: fs.statSync(p).size, target };
  });
}
