import type { NegativeExample, Rule, RuleExamples } from '../../engine/types';
import { gitlabRoutable } from './checksums';

const HELP = 'https://docs.gitlab.com/security/tokens/';
/** Characters of GitLab's random token bodies (Devise friendly tokens: base64url). */
const B = '[0-9A-Za-z_-]';

interface Spec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The literal prefix, as written in tokens (case matters for the pattern, not the keyword). */
  readonly prefix: string;
  /** Regex source of the body after the prefix. */
  readonly body: string;
  /** The first one's token body makes the generated near-miss negatives. */
  readonly positive: readonly [string, string];
  readonly negative?: readonly NegativeExample[];
  readonly severity?: Rule['severity'];
}

/** A GitLab token: prefix + fixed-shape random body, not followed by more token characters. */
function gitlabToken(s: Spec): Rule {
  const lit = s.prefix.replace(/[.-]/g, (c) => `\\${c}`);
  return {
    id: s.id,
    title: s.title,
    category: 'secret',
    kind: 'GITLAB_TOKEN',
    severity: s.severity ?? 'high',
    description: s.description,
    keywords: [s.prefix.toLowerCase()],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])${lit}${s.body}(?![A-Za-z0-9_.-])`),
    minEntropy: 3.2,
    helpUrl: HELP,
    examples: {
      positive: s.positive,
      negative: nearMisses(s.prefix, s.positive[0].match(new RegExp(`${lit}(${s.body})`))![1], s.negative),
    },
  };
}

/** Negatives made from a well-formed token body: shorter, a placeholder, longer; then the spec's own. */
function nearMisses(prefix: string, sample: string, more: readonly NegativeExample[] = []): NegativeExample[] {
  return [
    { text: `token: ${prefix}${sample.slice(0, -3)}`, reason: 'too short' },
    { text: `token: ${prefix}${'x'.repeat(sample.length)}`, reason: 'placeholder' },
    { text: `token: ${prefix}${sample}Q7z`, reason: 'too long: part of a longer identifier' },
    ...more,
  ];
}

/** GitLab routable token (2024+): runner type for runners (`t1_`), base64url payload, `.`, optional 2-char version and `.`, base36 length and CRC32. */
function routable(
  id: string,
  title: string,
  description: string,
  prefix: string,
  { examples }: { examples: RuleExamples },
  checksum: boolean,
): Rule {
  return {
    id,
    title,
    category: 'secret',
    kind: 'GITLAB_TOKEN',
    severity: 'high',
    description,
    keywords: [prefix],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])${prefix.replace(/-/g, '\\-')}${prefix === 'glrt-' ? String.raw`t\d_` : ''}${B}{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    window: 400,
    validators: checksum ? [gitlabRoutable] : [],
    helpUrl: HELP,
    examples: {
      positive: examples.positive,
      negative: [
        ...examples.negative,
        { text: `GITLAB_TOKEN=${prefix}xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx`, reason: 'placeholder' },
      ],
    },
  };
}

/**
 * GitLab tokens: every kind carries its own prefix (https://docs.gitlab.com/security/tokens/#token-prefixes).
 * Routable tokens also carry a CRC32 checksum, which is verified.
 */
export const gitlabRules: readonly Rule[] = [
  routable(
    'gitlab-pat-routable',
    'GitLab personal access token (routable)',
    'Acts as the GitLab user (or project/group bot) with the scopes of the token: read or write code, registries and the API.',
    'glpat-',
    { examples: { positive: ['GITLAB_TOKEN=glpat-2nc7-Z2rL675Ddftg-l8voLuLRP_OJiz.0w0uhgxws', 'git clone https://oauth2:glpat-r2S2KBl-jkYgZL0EeaL32oEIiGKAEWG.01.0v18qvhp5@gitlab.com/acme/app.git'], negative: [{ text: `GITLAB_TOKEN=glpat-COgl4qmbySWGtNJ-vnFDWiERrUa.0r1mxlwwx`, reason: 'well-formed but the CRC32 checksum does not match' }] } },
    true,
  ),
  gitlabToken({
    id: 'gitlab-pat',
    title: 'GitLab personal access token',
    description: 'Acts as the GitLab user (or project/group bot) with the scopes of the token: read or write code, registries and the API.',
    prefix: 'glpat-',
    body: `${B}{20}`,
    positive: ['GITLAB_TOKEN=glpat-LKHuX9-TeOjfvd_Lb69i', 'private_token: "glpat-x60TzvtFcc9nXN-LQ33a"'],
  }),
  routable(
    'gitlab-runner-token-routable',
    'GitLab runner authentication token (routable)',
    'Lets a machine register as a runner and receive CI jobs, with their variables and secrets.',
    'glrt-',
    // How GitLab checksums runner tokens (does the payload length count the `t1_` runner type?) is unverified: format only.
    { examples: { positive: ['token = "glrt-t1_2O-MwWaO4BdReY2PB8sfP6Hb5q5YkBY.0v0juhs9m"', 'CI_RUNNER_TOKEN=glrt-t1_13vRXjn46-EpNtlryaNqdrWZ7424DMUDpa.0y10urxj7'], negative: [{ text: 'token = "glrt-tx_2O-MwWaO4BdReY2PB8sfP6Hb5q5YkBY.0v0juhs9m"', reason: 'runner type is not t<digit>_' }] } },
    false,
  ),
  gitlabToken({
    id: 'gitlab-runner-token',
    title: 'GitLab runner authentication token',
    description: 'Lets a machine register as a runner and receive CI jobs, with their variables and secrets.',
    prefix: 'glrt-',
    body: `${B}{20}`,
    positive: ['token = "glrt-vJLBIYuHogASewmBfDaa"', 'RUNNER_TOKEN=glrt-l4a34r97ick0oUVhYKYe'],
  }),
  gitlabToken({
    id: 'gitlab-deploy-token',
    title: 'GitLab deploy token',
    description: "Reads (or writes) a project's repository, packages and container registry without a user account.",
    prefix: 'gldt-',
    body: `${B}{20}`,
    positive: ['CI_DEPLOY_PASSWORD=gldt-WTzhT9MJ0xAie-AYdn_S', 'docker login registry.gitlab.com -u deployer -p gldt-RSGtGnHgA6jf8VmIXAzh'],
  }),
  gitlabToken({
    id: 'gitlab-pipeline-trigger-token',
    title: 'GitLab pipeline trigger token',
    description: 'Starts pipelines of a project as the user who owns the trigger, with that user\'s access.',
    prefix: 'glptt-',
    body: '[0-9a-f]{40}',
    positive: ['curl -X POST -F token=glptt-586944d3f8f145e784e857ae3c2995819335f42b -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline', 'TRIGGER_TOKEN: glptt-f5ecc9cf11e04919913e777fe7507e919e85b9b5'],
  }),
  gitlabToken({
    id: 'gitlab-cicd-job-token',
    title: 'GitLab CI/CD job token',
    description: 'Accesses projects and APIs on behalf of the user who started a job, while the job runs.',
    prefix: 'glcbt-',
    body: `[0-9a-zA-Z]{1,5}_${B}{20}`,
    positive: ['CI_JOB_TOKEN=glcbt-64_awgkmqw8X1bzKNaMVs4C', 'JOB-TOKEN: glcbt-2a_V5HmLRkLLiXEvqgjR6TR'],
  }),
  gitlabToken({
    id: 'gitlab-incoming-mail-token',
    title: 'GitLab incoming email token',
    description: 'Lets anyone create issues or merge requests in a project by email, as the user it belongs to.',
    prefix: 'glimt-',
    body: `${B}{25}`,
    positive: ['incoming_email_token: glimt-9AU9p6qp0NLbOUhTVO4-OH1sg', 'mail_token: glimt-7gaWolC_6t97L8PADMsRoVirS'],
    negative: [],
  }),
  gitlabToken({
    id: 'gitlab-feed-token',
    title: 'GitLab feed token',
    description: "Reads a user's RSS/Atom and calendar feeds, which expose private issue and activity titles.",
    prefix: 'glft-',
    body: `${B}{20}`,
    severity: 'medium',
    positive: ['https://gitlab.com/dashboard/issues.atom?feed_token=glft-GTd7FguoV8FWnFbB0JxX', 'FEED_TOKEN=glft-ujr4qqaaABvvLOzAxzXM'],
  }),
  gitlabToken({
    id: 'gitlab-scim-token',
    title: 'GitLab SCIM token',
    description: 'Provisions and deprovisions users of a GitLab group or instance through SCIM.',
    prefix: 'glsoat-',
    body: `${B}{20}`,
    positive: ['SCIM_TOKEN=glsoat-cU1vsHiQMaRiNTN9Ox98', 'Authorization: Bearer glsoat-whGcTZc1UWb5fxzpF7ST'],
  }),
  gitlabToken({
    id: 'gitlab-kubernetes-agent-token',
    title: 'GitLab agent for Kubernetes token',
    description: "Connects a Kubernetes cluster to GitLab as a registered agent: access to the agent's projects and configuration.",
    prefix: 'glagent-',
    body: `${B}{50}`,
    positive: ['helm upgrade --install agent gitlab/gitlab-agent --set config.token=glagent-5ME-EXllCnw13AW3IAALKuAfGX3JBkQfyj59cp7Osr6w7jKerQ', 'token: glagent-9XRsbmUYx2j8IjE1tLSu7jYYMmkzXJpxQL1qtdpbaltOZveqzc'],
  }),
  gitlabToken({
    id: 'gitlab-runner-registration-token',
    title: 'GitLab runner registration token (deprecated)',
    description: 'Registers new runners for a project, group or instance: they then receive its CI jobs and secrets.',
    prefix: 'GR1348941',
    body: `${B}{20}`,
    positive: ['gitlab-runner register --registration-token GR1348941G7nVLe3lARUsRJlNONwk', 'REGISTRATION_TOKEN=GR1348941tN9ugkZeESG61she-QAq'],
  }),
  gitlabToken({
    id: 'gitlab-oauth-app-secret',
    title: 'GitLab OAuth application secret',
    description: 'With the application id it lets anyone run the OAuth flow as the application and obtain user tokens.',
    prefix: 'gloas-',
    body: `${B}{64}`,
    positive: ['GITLAB_OAUTH_SECRET=gloas-loG7gOMcN2DEdBmAx2GhhxTfH364IYDUBsvILHipPNpH7xNF-DKUGY9DBnKVO4rR', 'app_secret: "gloas-mnkPaoDN0I2HbytvAPhi4_O_qrjphIVoU0zc2aMo8SWniu1z0Eh8yOq99AuG7YOk"'],
  }),
  gitlabToken({
    id: 'gitlab-feature-flag-client-token',
    title: 'GitLab feature flags client token',
    description: "Reads a project's feature flags and user lists through the Unleash-compatible API.",
    prefix: 'glffct-',
    body: `${B}{20}`,
    severity: 'medium',
    positive: ['UNLEASH_INSTANCE_ID=glffct-q0nv3Vth1Ls6v6_O9JL8', 'instanceId: "glffct-ZsoWw-Rxl_IUiTeNUJ_H"'],
  }),
  {
    id: 'gitlab-session-cookie',
    title: 'GitLab session cookie',
    category: 'secret',
    kind: 'GITLAB_SESSION',
    severity: 'high',
    description: 'A logged-in GitLab browser session: whoever replays it is signed in as that user.',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=([0-9a-f]{32})(?![0-9A-Za-z])/,
    secretGroup: 1,
    minEntropy: 3.0,
    helpUrl: HELP,
    examples: {
      positive: ['Cookie: _gitlab_session=70020b5106dcb2c6a45f1f998025fd51; event_filter=all', "curl -b '_gitlab_session=2b04233b04d846f0f9dcdaf8bfdc2997' https://gitlab.example.org/api/v4/user"],
      negative: [
        { text: 'Cookie: _gitlab_session=<session>', reason: 'placeholder' },
        { text: 'Cookie: _gitlab_session=2b04233b04d846f0f9dc', reason: 'too short' },
      ],
    },
  },
];
