import type { Rule } from '../../engine/types';
import { ageRules } from './age';
import { airtableRules } from './airtable';
import { algoliaRules } from './algolia';
import { asanaRules } from './asana';
import { atlassianRules } from './atlassian';
import { auth0Rules } from './auth0';
import { brevoRules } from './brevo';
import { cloudflareRules } from './cloudflare';
import { contentfulRules } from './contentful';
import { datadogRules } from './datadog';
import { discordRules } from './discord';
import { dopplerRules } from './doppler';
import { fastlyRules } from './fastly';
import { firebaseRules } from './firebase';
import { grafanaRules } from './grafana';
import { herokuRules } from './heroku';
import { linearRules } from './linear';
import { mailchimpRules } from './mailchimp';
import { mailersendRules } from './mailersend';
import { mailgunRules } from './mailgun';
import { mapboxRules } from './mapbox';
import { microsoftTeamsRules } from './microsoft-teams';
import { netlifyRules } from './netlify';
import { newrelicRules } from './newrelic';
import { notionRules } from './notion';
import { oktaRules } from './okta';
import { onepasswordRules } from './onepassword';
import { pagerdutyRules } from './pagerduty';
import { paypalRules } from './paypal';
import { postmarkRules } from './postmark';
import { sendgridRules } from './sendgrid';
import { sentryRules } from './sentry';
import { shopifyRules } from './shopify';
import { slackRules } from './slack';
import { squareRules } from './square';
import { stripeRules } from './stripe';
import { supabaseRules } from './supabase';
import { telegramRules } from './telegram';
import { twilioRules } from './twilio';
import { vaultRules } from './vault';
import { vercelRules } from './vercel';

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [
  ...stripeRules,
  ...paypalRules,
  ...squareRules,
  ...shopifyRules,
  ...twilioRules,
  ...sendgridRules,
  ...mailgunRules,
  ...mailchimpRules,
  ...postmarkRules,
  ...brevoRules,
  ...mailersendRules,
  ...slackRules,
  ...discordRules,
  ...telegramRules,
  ...microsoftTeamsRules,
  ...atlassianRules,
  ...notionRules,
  ...linearRules,
  ...airtableRules,
  ...asanaRules,
  ...datadogRules,
  ...newrelicRules,
  ...sentryRules,
  ...grafanaRules,
  ...pagerdutyRules,
  ...oktaRules,
  ...auth0Rules,
  ...firebaseRules,
  ...supabaseRules,
  ...vercelRules,
  ...netlifyRules,
  ...cloudflareRules,
  ...fastlyRules,
  ...herokuRules,
  ...algoliaRules,
  ...mapboxRules,
  ...contentfulRules,
  ...dopplerRules,
  ...onepasswordRules,
  ...vaultRules,
  ...ageRules,
];
