import type { Rule } from '../../engine/types';
import { mixedCaseAndDigits } from '../saas/builders';

/**
 * OpenShift 4 OAuth access tokens (what `oc whoami -t` prints): `sha256~` + 43 URL-safe base64 characters
 * (32 bytes, unpadded). The API objects that store them are named the same way, from the hash of the token.
 */
export const openshiftRules: readonly Rule[] = [
  {
    id: 'openshift-user-token',
    title: 'OpenShift OAuth access token',
    category: 'secret',
    kind: 'OPENSHIFT_TOKEN',
    severity: 'high',
    description: 'Calls the OpenShift (Kubernetes) API of the cluster as the user until it expires: everything the user’s roles allow, up to cluster-admin.',
    keywords: ['sha256~'],
    pattern: /(?<![A-Za-z0-9_~-])sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    validators: [mixedCaseAndDigits],
    helpUrl: 'https://docs.openshift.com/container-platform/latest/authentication/understanding-authentication.html',
    examples: {
      positive: [
        'oc login --token=sha256~Somv_FTyk0Qu9mRETOjgz7WSkHYvaW90kZPnmlgy2rh --server=https://api.cluster.internal:6443',
        'OPENSHIFT_TOKEN="sha256~7AJypE5z5Z-jhLR4MUCEAcsk7adYHboyiHNeU0RbQLI"',
        'users:\n- name: dev\n  user:\n    token: sha256~qhroD0lFsiO4zsNaGbfDY-wp3FV-MJ2SBaJiQxW1LzX',
      ],
      negative: [
        { text: 'oc login --token=sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'a placeholder' },
        { text: 'oc login --token=sha256~Somv_FTyk0Qu9mRETOjgz7WSk', reason: 'too short' },
        { text: 'image: quay.io/org/app@sha256:4e8c89aff0fbf3dedab0a3c7befcfc411248c742b9a3523608628c4a5b60fb18', reason: 'an image digest (sha256:), not a token' },
      ],
    },
  },
];
