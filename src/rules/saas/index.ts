import type { Rule } from '../../engine/types';
import { adafruitRules } from './adafruit';
import { adobeRules } from './adobe';
import { adyenRules } from './adyen';
import { ageRules } from './age';
import { airtableRules } from './airtable';
import { algoliaRules } from './algolia';
import { apifyRules } from './apify';
import { asanaRules } from './asana';
import { atlassianRules } from './atlassian';
import { auth0Rules } from './auth0';
import { authressRules } from './authress';
import { beamerRules } from './beamer';
import { brevoRules } from './brevo';
import { castaiRules } from './castai';
import { chargebeeRules } from './chargebee';
import { chieftoolsRules } from './chieftools';
import { clickhouseRules } from './clickhouse';
import { cloudflareRules } from './cloudflare';
import { contentfulRules } from './contentful';
import { databricksRules } from './databricks';
import { datadogRules } from './datadog';
import { definedNetworkingRules } from './defined-networking';
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
import { frameioRules } from './frameio';
import { gocardlessRules } from './gocardless';
import { grafanaRules } from './grafana';
import { harnessRules } from './harness';
import { herokuRules } from './heroku';
import { hubspotRules } from './hubspot';
import { infracostRules } from './infracost';
import { intercomRules } from './intercom';
import { intra42Rules } from './intra42';
import { launchdarklyRules } from './launchdarkly';
import { linearRules } from './linear';
import { lobRules } from './lob';
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
import { settlemintRules } from './settlemint';
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
  ...chargebeeRules,
  ...gocardlessRules,
  ...flutterwaveRules,
  ...shopifyRules,
  ...easypostRules,
  ...shippoRules,
  ...lobRules,
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
  ...adobeRules,
  ...dropboxRules,
  ...frameioRules,
  ...typeformRules,
  ...hubspotRules,
  ...intercomRules,
  ...beamerRules,
  ...intra42Rules,
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
  ...authressRules,
  ...firebaseRules,
  ...supabaseRules,
  ...planetscaleRules,
  ...databricksRules,
  ...clickhouseRules,
  ...vercelRules,
  ...netlifyRules,
  ...cloudflareRules,
  ...definedNetworkingRules,
  ...tailscaleRules,
  ...fastlyRules,
  ...herokuRules,
  ...flyioRules,
  ...scalingoRules,
  ...pulumiRules,
  ...harnessRules,
  ...castaiRules,
  ...infracostRules,
  ...chieftoolsRules,
  ...prefectRules,
  ...algoliaRules,
  ...mapboxRules,
  ...adafruitRules,
  ...maxmindRules,
  ...contentfulRules,
  ...postmanRules,
  ...readmeRules,
  ...dopplerRules,
  ...onepasswordRules,
  ...vaultRules,
  ...ageRules,
  ...apifyRules,
  ...settlemintRules,
];
