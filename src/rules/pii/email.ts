import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isPlaceholder, lineBounds, type LineBounds } from '../../engine/validators';

/** Longer lines cannot be "Name <email>" author lines; looking further would only cost time on minified code. */
const AUTHOR_LINE_MAX = 400;
import { low, textAfter, textBefore } from './checks';

/** A character of an address's local part: the one before its '@' (Rule.keywordAfter of the rules waking at '@'). */
export const LOCAL_PART_CHAR = /[A-Za-z0-9._%+-]/;

/** Reserved or documentation domains (RFC 2606, RFC 6761) and their look-alikes. */
const RESERVED_TLDS = new Set(['test', 'example', 'invalid', 'localhost', 'local', 'internal', 'lan', 'home', 'localdomain']);

/** "TLDs" that are really file extensions: retina images (icon@2x.png), versioned files (lib@1.2.min.js). */
const FILE_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx',
  'css', 'scss', 'less', 'json', 'map', 'html', 'htm', 'md', 'txt', 'xml', 'yml', 'yaml', 'lock', 'wasm', 'woff', 'woff2',
  'ttf', 'eot', 'otf', 'mp3', 'mp4', 'webm', 'ogg', 'wav', 'pdf', 'zip', 'gz', 'tgz', 'exe', 'dll', 'so', 'dylib', 'py',
  'rb', 'go', 'rs', 'java', 'kt', 'swift', 'vue', 'svelte', 'sh', 'bat', 'ps1', 'toml', 'ini', 'cfg', 'conf', 'log', 'bin',
  'dat', 'csv', 'tsv', 'sql', 'db', 'node', 'min', 'prototype', 'call', 'apply', 'bind', 'then', 'length', 'default',
]);

/** Hosts whose `git@host` user is a shared SSH account, not a person. */
const SSH_SERVICE_USERS = new Set(['git', 'hg', 'svn', 'ubuntu', 'ec2-user', 'root', 'admin', 'deploy', 'centos', 'debian', 'pi']);
/** User names that code hosts define for token authentication: `https://TOKEN:x-oauth-basic@github.com`. */
const TOKEN_AUTH_USERS = new Set(['x-oauth-basic', 'x-access-token', 'oauth2', 'x-token-auth']);

const NOREPLY = /^(?:no-?reply|do-?not-?reply|donotreply|noreply\+.*|bounces?|mailer-daemon|postmaster)$/i;

/** Lines that publish an email on purpose: package.json authors, @author tags, copyright and licence headers. */
const PUBLIC_ATTRIBUTION = /\bauthors?\b|copyright|\(c\)|©|licen[cs]e|signed-off-by|co-authored-by|maintainers?\b|contributors?\b/i;

/** Local parts used in documentation and tests ('xyz@', 'john.doe@', 'user1@'). */
const PLACEHOLDER_LOCAL = /^(?:xyz|abc|foo|bar|baz|qux|test\d*|tester|user\d*|username|someone|somebody|anyone|name|email|e-?mail|me|you|your\.?name|first\.?last|firstname\.?lastname|john\.?doe|jane\.?doe|j\.?doe|jdoe|alice|bob|carol|dave|eve|mallory)$/i;

/** Shared role mailboxes: they reach a team, not a person. */
const ROLE_LOCAL = /^(?:info|support|help|hello|contact|sales|admin|team|security|privacy|abuse|webmaster|hostmaster|postmaster|press|legal|billing|office|feedback|jobs|careers|dev|devs|opensource|oss)$/i;

/** Domains used as placeholders in documentation. */
const PLACEHOLDER_DOMAIN = /^(?:(?:your)?(?:email|domain|company|website|site|host|mail|server|acme|foo|bar|test|somewhere|someplace|organization|org)\.(?:com|org|net|io)|acme\.[a-z]+)$/;

/** How far back an email looks for the package.json key it is listed under. */
const ATTRIBUTION_REACH = 32_000;

/** True when the email sits inside package.json's author, contributors or maintainers field. */
function inPackageAttribution(text: string, start: number): boolean {
  // The indentation of the document's first key is that of every top-level key (two spaces, four, a tab).
  const first = /^\s*\{\s*?\n([ \t]*)"/.exec(text.slice(0, 200));
  if (!first) return false;
  const indent = first[1];
  // A contributors list runs to hundreds of lines (ua-parser-js: 120, 5 KB): look back far enough to see its key.
  const head = text.slice(Math.max(0, start - ATTRIBUTION_REACH), start);
  // The nearest preceding top-level key.
  const re = /\n([ \t]*)"([A-Za-z_]+)"\s*:/g;
  let key: string | undefined;
  for (let m = re.exec(head); m; m = re.exec(head)) if (m[1] === indent) key = m[2];
  return key === 'author' || key === 'contributors' || key === 'maintainers';
}

/** Shape checks shared by both email rules: false for things that only look like an address. */
function plausibleEmail(ctx: MatchContext): boolean {
  const email = ctx.value;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).toLowerCase().split('.');
  if (FILE_EXTENSIONS.has(labels[labels.length - 1])) return false;
  if (labels.some((l) => l.length === 0 || l.startsWith('-') || l.endsWith('-'))) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const before = textBefore(ctx, 12);
  const after = textAfter(ctx, 2);
  // SSH and URL user-info forms: git@github.com:org/repo, ssh://deploy@host, https://user@host/.
  if (after.startsWith(':') && !/^:(?:\s|$)/.test(after)) return false;
  if (/(?:ssh|scp|sftp|rsync)\s+(?:-\S+\s+)*$/.test(before) || /:\/\/$/.test(before)) return false;
  // The password@host part of scheme://user:password@host is a URL credential, not an address.
  if (/:\/\/[^\s/@:]{0,64}:$/.test(textBefore(ctx, 80))) return false;
  // Service-account addresses name a machine identity, not a person.
  if (/\.gserviceaccount\.com$/i.test(email)) return false;
  if (SSH_SERVICE_USERS.has(local.toLowerCase()) || TOKEN_AUTH_USERS.has(local.toLowerCase())) return false;
  // Escaped or encoded forms inside larger tokens (\x40, %40).
  if (/[%\\]$/.test(before)) return false;
  return email.toLowerCase().includes('example') || !isPlaceholder(email);
}

/**
 * True for emails published on purpose next to a name in source headers: @author tags, copyright and
 * licence headers, AUTHORS files and author lists (runs of "Name <email>" lines).
 */
function isAttribution(ctx: MatchContext): boolean {
  const here = lineBounds(ctx.text, ctx.start, ctx.start, AUTHOR_LINE_MAX);
  if (PUBLIC_ATTRIBUTION.test(ctx.text.slice(Math.max(here.start, ctx.start - 200), ctx.start))) return true;
  // A run of "Name <email>" lines is an author list (such lines are short: a cut line is not one).
  const authorLine = /^[\s*#/-]*[^\s<>@][^<>@]{0,60}<[^<>@\s]+@[^<>\s]+>\s*$/;
  const isAuthorLine = (b: LineBounds) => !b.startCut && !b.endCut && authorLine.test(ctx.text.slice(b.start, b.end));
  if (!isAuthorLine(here)) return false;
  const prev = here.start > 0 ? lineBounds(ctx.text, here.start - 1, here.start - 1, AUTHOR_LINE_MAX) : undefined;
  const next = here.end < ctx.text.length ? lineBounds(ctx.text, here.end + 1, here.end + 1, AUTHOR_LINE_MAX) : undefined;
  return (prev !== undefined && isAuthorLine(prev)) || (next !== undefined && isAuthorLine(next));
}

/** The e-mail rule's verdict on an address, for rules that judge what stands beside one. */
export function judgeEmail(ctx: MatchContext): ValidatorResult {
  return emailVerdict(ctx);
}

function emailVerdict(ctx: MatchContext): ValidatorResult {
  const email = ctx.value;
  if (!plausibleEmail(ctx)) return false;
  // A Markdown link [x@y](mailto:x@y) names the same address twice: report the link text only.
  if (/\]\(mailto:$/i.test(textBefore(ctx, 9)) && ctx.text.slice(ctx.start - 9 - email.length - 1, ctx.start - 9) === `[${email}`) return false;
  // package.json authors are published on purpose, but remain a personal address: reported low.
  if (inPackageAttribution(ctx.text, ctx.start)) return low('package author');
  // A contact published as a mailto link (README, SECURITY.md) is meant to be seen: reported low.
  if (/^\]\(mailto:/i.test(textAfter(ctx, 9)) || /mailto:$/i.test(textBefore(ctx, 7))) return low('published contact link');
  // Copyright headers, @author tags and AUTHORS lists repeat in every vendored file: not reported.
  if (isAttribution(ctx)) return false;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  const tld = labels[labels.length - 1];
  if (RESERVED_TLDS.has(tld) || labels.includes('example') || /^example\d*$/.test(labels[labels.length - 2] ?? '')) {
    return low('reserved documentation domain');
  }
  if (email.toLowerCase().includes('example')) return low('documentation address');
  if (NOREPLY.test(local) || local.toLowerCase().endsWith('.noreply') || domain.startsWith('users.noreply.')) {
    return low('no-reply address');
  }
  if (PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain)) return low('documentation placeholder address');
  if (ROLE_LOCAL.test(local)) return low('shared role mailbox');
  return true;
}

/**
 * Begins at the `@` and finds the local part in a look-behind (group `local`, where the value starts): the
 * regex engine skips ahead to each `@` instead of trying every word as a local part.
 */
const EMAIL_PATTERN =
  /@(?<=(?<![A-Za-z0-9._%+\-@])(?<local>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})@)[A-Za-z0-9][A-Za-z0-9.\-]{0,252}\.[A-Za-z]{2,24}(?![A-Za-z0-9\-@]|\.[A-Za-z0-9])/;

export const emailRules: readonly Rule[] = [
  {
    id: 'email-address',
    title: 'Email address',
    category: 'pii',
    kind: 'EMAIL',
    severity: 'medium',
    description: 'An email address identifies a person and lets anyone who reads it contact or phish them.',
    keywords: ['@'],
    // The local part's last character stands before the '@'.
    keywordAfter: LOCAL_PART_CHAR,
    window: 128,
    pattern: EMAIL_PATTERN,
    valueStartGroup: 'local',
    // Placeholder words are judged by the validator: example.com addresses are reported at low severity.
    allowPlaceholders: true,
    validators: [emailVerdict],
    examples: {
      positive: [
        'Contact: maria.gonzalez@gmail.com',
        'const owner = "j.smith+billing@acme-corp.co.uk";',
        'reply-to: Olivia Chen <olivia.chen@fastmail.fm>',
      ],
      negative: [
        { text: 'git remote add origin https://$TOKEN:x-oauth-basic@github.com/acme/app.git', reason: 'the user name GitHub defines for token authentication' },
        { text: 'mirror: ftp://anonymous:anonymous@ftp.gnu.org/gnu/', reason: 'the password@host part of a URL with credentials' },
        { text: '"client_email": "deploy@my-proj.iam.gserviceaccount.com"', reason: 'a Google service account names a machine, not a person' },
        { text: 'git clone git@github.com:acme/api.git', reason: 'SSH remote: a service account, not a person' },
        { text: 'ssh deploy@build-01.acme.io', reason: 'an SSH login to a host' },
        { text: 'import { Component } from "@angular/core"; @Component({})', reason: 'scoped package and decorator' },
        { text: '<img src="logo@2x.png">', reason: 'retina image file name' },
        { text: 'npm install lodash@4.17.21', reason: 'package version spec' },
        { text: 'email: ${USER_EMAIL}@placeholder.io', reason: 'template placeholder' },
        { text: ' * Copyright (c) 2019 Feliks Brandt <feliks@brandt-software.de>', reason: 'a copyright header: published attribution' },
        { text: 'Ada Byron <ada@byron-labs.org>\nCharles Baggage <charles@engines.co.uk>\n', reason: 'an AUTHORS list' },
      ],
      lowSeverity: [
        'Report it to [security@acme-corp.io](mailto:security@acme-corp.io).',
        '{\n    "contributors": [\n        "Jane Roe <jane.roe@acme-corp.io> (https://acme-corp.io)"\n    ]\n}',
        'email: jane.doe@example.com',
        'notify noreply@acme-corp.com',
        '{\n  "name": "left-pad",\n  "author": {\n    "name": "Sam Lee",\n    "email": "sam.lee@samlee.dev"\n  }\n}',
        'user: qa-bot@staging.test',
      ],
    },
  },
];
