import type { Rule } from '../../engine/types';
import { adyenRules } from './adyen';
import { ageRules } from './age';
import { airtableRules } from './airtable';
import { algoliaRules } from './algolia';
import { asanaRules } from './asana';
import { atlassianRules } from './atlassian';
import { auth0Rules } from './auth0';
import { brevoRules } from './brevo';
import { cloudflareRules } from './cloudflare';
import { contentfulRules } from './contentful';
import { databricksRules } from './databricks';
import { datadogRules } from './datadog';
import { discordRules } from './discord';
import { dopplerRules } from './doppler';
import { dropboxRules } from './dropbox';
import { duffelRules } from './duffel';
import { dynatraceRules } from './dynatrace';
import { easypostRules } from './easypost';
import { facebookRules } from './facebook';
import { fastlyRules } from './fastly';
import { figmaRules } from './figma';
import { firebaseRules } from './firebase';
import { flutterwaveRules } from './flutterwave';
import { flyioRules } from './flyio';
import { grafanaRules } from './grafana';
import { harnessRules } from './harness';
import { herokuRules } from './heroku';
import { hubspotRules } from './hubspot';
import { intercomRules } from './intercom';
import { launchdarklyRules } from './launchdarkly';
import { linearRules } from './linear';
import { mailchimpRules } from './mailchimp';
import { mailersendRules } from './mailersend';
import { mailgunRules } from './mailgun';
import { mapboxRules } from './mapbox';
import { maxmindRules } from './maxmind';
import { microsoftTeamsRules } from './microsoft-teams';
import { netlifyRules } from './netlify';
import { newrelicRules } from './newrelic';
import { notionRules } from './notion';
import { oktaRules } from './okta';
import { onepasswordRules } from './onepassword';
import { pagerdutyRules } from './pagerduty';
import { paypalRules } from './paypal';
import { plaidRules } from './plaid';
import { planetscaleRules } from './planetscale';
import { posthogRules } from './posthog';
import { postmanRules } from './postman';
import { postmarkRules } from './postmark';
import { prefectRules } from './prefect';
import { pulumiRules } from './pulumi';
import { readmeRules } from './readme';
import { resendRules } from './resend';
import { scalingoRules } from './scalingo';
import { sendgridRules } from './sendgrid';
import { sentryRules } from './sentry';
import { shippoRules } from './shippo';
import { shopifyRules } from './shopify';
import { slackRules } from './slack';
import { squareRules } from './square';
import { stripeRules } from './stripe';
import { supabaseRules } from './supabase';
import { tailscaleRules } from './tailscale';
import { telegramRules } from './telegram';
import { twilioRules } from './twilio';
import { twitterRules } from './twitter';
import { typeformRules } from './typeform';
import { vaultRules } from './vault';
import { vercelRules } from './vercel';

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [
  ...stripeRules,
  ...plaidRules,
  ...paypalRules,
  ...squareRules,
  ...adyenRules,
  ...flutterwaveRules,
  ...shopifyRules,
  ...easypostRules,
  ...shippoRules,
  ...duffelRules,
  ...twilioRules,
  ...sendgridRules,
  ...mailgunRules,
  ...mailchimpRules,
  ...postmarkRules,
  ...brevoRules,
  ...mailersendRules,
  ...resendRules,
  ...slackRules,
  ...discordRules,
  ...telegramRules,
  ...facebookRules,
  ...microsoftTeamsRules,
  ...twitterRules,
  ...atlassianRules,
  ...notionRules,
  ...linearRules,
  ...airtableRules,
  ...asanaRules,
  ...figmaRules,
  ...dropboxRules,
  ...typeformRules,
  ...hubspotRules,
  ...intercomRules,
  ...datadogRules,
  ...newrelicRules,
  ...sentryRules,
  ...grafanaRules,
  ...dynatraceRules,
  ...posthogRules,
  ...launchdarklyRules,
  ...pagerdutyRules,
  ...oktaRules,
  ...auth0Rules,
  ...firebaseRules,
  ...supabaseRules,
  ...planetscaleRules,
  ...databricksRules,
  ...vercelRules,
  ...netlifyRules,
  ...cloudflareRules,
  ...tailscaleRules,
  ...fastlyRules,
  ...herokuRules,
  ...flyioRules,
  ...scalingoRules,
  ...pulumiRules,
  ...harnessRules,
  ...prefectRules,
  ...algoliaRules,
  ...mapboxRules,
  ...maxmindRules,
  ...contentfulRules,
  ...postmanRules,
  ...readmeRules,
  ...dopplerRules,
  ...onepasswordRules,
  ...vaultRules,
  ...ageRules,
];
