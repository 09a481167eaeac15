import type { MatchContext, Rule, ValidatorResult } from '../../engine/types';
import { isPlaceholder } from '../../engine/validators';
import { low, textAfter, textBefore } from './checks';

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

const NOREPLY = /^(?:no-?reply|do-?not-?reply|donotreply|noreply\+.*|bounces?|mailer-daemon|postmaster)$/i;

/** Lines that publish an email on purpose: package.json authors, @author tags, copyright and licence headers. */
const PUBLIC_ATTRIBUTION = /"(?:author|maintainers|contributors)"|@author\b|copyright|\(c\)|©|licen[cs]e|signed-off-by|co-authored-by|maintainer/i;

function emailVerdict(ctx: MatchContext): ValidatorResult {
  const email = ctx.value;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  const tld = labels[labels.length - 1];
  if (FILE_EXTENSIONS.has(tld)) return false;
  if (labels.some((l) => l.length === 0 || l.startsWith('-') || l.endsWith('-'))) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;

  const before = textBefore(ctx, 12);
  const after = textAfter(ctx, 2);
  // SSH and URL user-info forms: git@github.com:org/repo, ssh://deploy@host, https://user@host/.
  if (after.startsWith(':') && !/^:\s/.test(after)) return false;
  if (/(?:ssh|scp|sftp|rsync)\s+(?:-\S+\s+)*$/.test(before) || /:\/\/$/.test(before)) return false;
  if (SSH_SERVICE_USERS.has(local.toLowerCase())) return false;
  // Escaped or encoded forms inside larger tokens (\x40, %40) and npm specs (pkg@npm:...).
  if (/[%\\]$/.test(before)) return false;

  const lower = email.toLowerCase();
  const placeholderish = !lower.includes('example') && isPlaceholder(email);
  if (placeholderish) return false;
  if (RESERVED_TLDS.has(tld) || labels.includes('example') || /^example\d*$/.test(labels[labels.length - 2] ?? '')) {
    return low('reserved documentation domain');
  }
  if (lower.includes('example')) return low('documentation address');
  if (NOREPLY.test(local) || local.toLowerCase().endsWith('.noreply') || domain.startsWith('users.noreply.')) {
    return low('no-reply address');
  }
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  const line = ctx.text.slice(Math.max(lineStart, ctx.start - 200), ctx.start);
  const recent = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
  if (PUBLIC_ATTRIBUTION.test(line) || /"(?:author|maintainers|contributors)"\s*:\s*[[{][^\]}]*$/.test(recent)) {
    return low('published attribution (package author, copyright header)');
  }
  return true;
}

export const emailRules: readonly Rule[] = [
  {
    id: 'email-address',
    title: 'Email address',
    category: 'pii',
    kind: 'EMAIL',
    severity: 'medium',
    description: 'An email address identifies a person and lets anyone who reads it contact or phish them.',
    keywords: ['@'],
    window: 128,
    pattern:
      /(?<![A-Za-z0-9._%+\-@])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9][A-Za-z0-9.\-]{0,252}\.[A-Za-z]{2,24}(?![A-Za-z0-9\-@]|\.[A-Za-z0-9])/,
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
        { text: 'git clone git@github.com:acme/api.git', reason: 'SSH remote: a service account, not a person' },
        { text: 'ssh deploy@build-01.acme.io', reason: 'an SSH login to a host' },
        { text: 'import { Component } from "@angular/core"; @Component({})', reason: 'scoped package and decorator' },
        { text: '<img src="logo@2x.png">', reason: 'retina image file name' },
        { text: 'npm install lodash@4.17.21', reason: 'package version spec' },
        { text: 'email: ${USER_EMAIL}@placeholder.io', reason: 'template placeholder' },
      ],
      lowSeverity: [
        'email: jane.doe@example.com',
        'notify noreply@acme-corp.com',
        '"author": { "name": "Sam Lee", "email": "sam.lee@samlee.dev" }',
        ' * Copyright (c) 2019 Feliks Brandt <feliks@brandt-software.de>',
        'user: qa-bot@staging.test',
      ],
    },
  },
];
