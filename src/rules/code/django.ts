import type { Rule } from '../../engine/types';

/**
 * Django SECRET_KEY values made by `django-admin startproject`: `django-insecure-` + 50 characters drawn from
 * lower-case letters, digits and `!@#$%^&*(-_=+)` (django.core.management.utils.get_random_secret_key).
 * A hand-edited key may be a little shorter or longer, so 40 to 64 are accepted.
 */
export const djangoRules: readonly Rule[] = [
  {
    id: 'django-insecure-secret-key',
    title: 'Django secret key (django-insecure- prefix)',
    category: 'secret',
    kind: 'DJANGO_SECRET_KEY',
    severity: 'medium',
    description: 'Signs the Django project’s sessions, password-reset links and CSRF tokens: whoever has it can forge them for any site that still runs with this key.',
    keywords: ['django-insecure-'],
    pattern: /(?<![A-Za-z0-9_-])django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{40,64}(?![a-z0-9!@#$%^&*(\-_=+)])/,
    minEntropy: 3.5,
    helpUrl: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
    examples: {
      positive: [
        "SECRET_KEY = 'django-insecure-&cox9ug3qf1avgr+m!^!wvszt8sd+2e06o-d*x!53xk@5&vpxh'",
        'DJANGO_SECRET_KEY=django-insecure-601zpznyh4534!8-qk83##r&kiz@uz*4lswbu@c7==0^!tvuf3',
        'SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-u=@ofz9g0g3fm+@u^=49vbdw05h#p1+tyekg7s5eir8i0-zb97")',
      ],
      negative: [
        { text: "SECRET_KEY = 'django-insecure-change-me-in-production'", reason: 'a placeholder, and too short' },
        { text: 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # no more django-insecure- keys', reason: 'the prefix alone in a comment' },
      ],
    },
  },
];
