import type { Rule } from '../../engine/types';
import { jwtPayload, knownPublicValues, mixesLettersAndDigits } from './builders';

const HELP = 'https://supabase.com/docs/guides/api/api-keys';

/**
 * Keys printed by the Supabase CLI for every local development stack (`supabase start`): public knowledge.
 * The JWT is the self-hosting demo service_role key from Supabase's documentation.
 */
const LOCAL_DEFAULTS = [
  'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU',
];

export const supabaseRules: readonly Rule[] = [
  {
    id: 'supabase-access-token',
    title: 'Supabase personal access token',
    category: 'secret',
    kind: 'SUPABASE_TOKEN',
    severity: 'high',
    description: 'Manages every Supabase project of the user through the Management API, including their databases.',
    keywords: ['sbp_'],
    pattern: /(?<![A-Za-z0-9_-])sbp_(?:oauth_)?[a-f0-9]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 3.3,
    validators: [mixesLettersAndDigits],
    helpUrl: 'https://supabase.com/docs/reference/api/introduction',
    examples: {
      positive: ['SUPABASE_ACCESS_TOKEN=sbp_6877fd011562a169a9793099ee3802c9a89f6137', 'supabase login --token sbp_a25f04eaac6c2065eb233236eaeabb2b436d116b'],
      negative: [
        { text: 'SUPABASE_ACCESS_TOKEN=sbp_...', reason: 'the prefix alone' },
        { text: 'SUPABASE_ACCESS_TOKEN=sbp_620d8ef004759aa7c88b', reason: 'too short' },
      ],
    },
  },
  {
    id: 'supabase-secret-key',
    title: 'Supabase secret API key',
    category: 'secret',
    kind: 'SUPABASE_SERVICE_KEY',
    severity: 'high',
    description: 'Bypasses Row Level Security: full read and write access to the project’s database and storage.',
    keywords: ['sb_secret_'],
    pattern: /(?<![A-Za-z0-9_-])sb_secret_[A-Za-z0-9_-]{31,60}(?![A-Za-z0-9_-])/,
    minEntropy: 3.8,
    validators: [knownPublicValues(LOCAL_DEFAULTS)],
    helpUrl: HELP,
    examples: {
      positive: ['SUPABASE_SECRET_KEY=sb_secret_Wk_t1loUcyC-u0vrd26XeH_Enibf2My', "createClient(url, 'sb_secret_6MGNbUNDbhpB1xMk3xPyBR_Vr3U0EVi')"],
      negative: [
        { text: 'SUPABASE_PUBLISHABLE_KEY=sb_publishable_9PFjHb4bfweecXW_aN-k5U_Nhe6F8u8', reason: 'the publishable key, public by design' },
        { text: "SUPABASE_SECRET_KEY: 'sb_secret_qa'", reason: 'too short: a test stub' },
      ],
      lowSeverity: ['SUPABASE_SECRET_KEY=sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'],
    },
  },
  {
    id: 'supabase-service-role-jwt',
    title: 'Supabase service_role key (JWT)',
    category: 'secret',
    kind: 'SUPABASE_SERVICE_KEY',
    severity: 'high',
    description: 'A legacy service_role key: bypasses Row Level Security, full access to the project’s database and storage.',
    // "service_role" as written in a variable name, and base64 of it at its three alignments inside the JWT.
    keywords: ['service_role', 'c2vydmljzv9yb2xl', 'nlcnzpy2vfcm9sz', 'zzxj2awnlx3jvbg'],
    window: 900,
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,100}\.eyJ[A-Za-z0-9_-]{20,600}\.[A-Za-z0-9_-]{20,120}(?![A-Za-z0-9_.-])/,
    validators: [
      ({ value }) => {
        const payload = jwtPayload(value);
        return payload?.role === 'service_role' && typeof payload.iss === 'string' && payload.iss.startsWith('supabase');
      },
      knownPublicValues(LOCAL_DEFAULTS),
    ],
    helpUrl: HELP,
    examples: {
      positive: [
        'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imt4cWJ6dmJtZ3Ria2x3eW5zZXBqIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1NTc2MDAwfQ.UdUzUA9XGkGxhlrjKFauXho-fjcMK9ypLWOba2A40Lh',
        "const admin = createClient(url, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3ZXJ0eWFzZGZnaGprbHp4Y3YiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNjkwMDAwMDAwLCJleHAiOjIwMDU1NzYwMDB9.BGOePBvY8xGrpDP2Dm6Abycf_jAbGK5hC8O4Vddo7Us')",
      ],
      negative: [
        {
          text: 'SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imt4cWJ6dmJtZ3Ria2x3eW5zZXBqIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.yvmzShVaDCPSb9aAbinVr1VM4PLc8kFU-ipSbNoihpx',
          reason: 'the anon key, public by design',
        },
        { text: 'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.YzoyR66FVKUSQO3nzkHd6beCLd3NBRyf4E1QyMNX2su', reason: 'a JWT without the service_role claim' },
      ],
      lowSeverity: [`SUPABASE_SERVICE_ROLE_KEY=${LOCAL_DEFAULTS[1]}`],
    },
  },
];
