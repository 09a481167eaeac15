import type { Rule } from '../../engine/types';
import { jwtPayload } from './builders';

/** Mapbox tokens: "pk." (public, for browsers) or "sk." (secret), a base64 JSON naming the user, and a signature. */
export const mapboxRules: readonly Rule[] = [
  {
    id: 'mapbox-secret-token',
    title: 'Mapbox secret access token',
    category: 'secret',
    kind: 'MAPBOX_SECRET_TOKEN',
    severity: 'high',
    description: 'Uses the Mapbox account’s secret scopes: uploads and deletes tilesets and styles, manages tokens.',
    keywords: ['sk.eyj'],
    pattern: /(?<![A-Za-z0-9_.-])sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])/,
    minEntropy: 4.0,
    // The payload is JSON with the account name in "u": decode it as a JWT payload with a dummy header.
    validators: [({ value }) => typeof jwtPayload(`x.${value.slice(3)}`)?.u === 'string'],
    helpUrl: 'https://docs.mapbox.com/accounts/guides/tokens/',
    examples: {
      positive: [
        'MAPBOX_SECRET_TOKEN=sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNsMnF6dGJ4ajBhYmMzZG1yeHk0NTZ6eXoifQ.bxJhKrUKuZJKHWio9jOZyl',
        'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiamFuZWRvZSIsImEiOiJja3JtNXRwYzQwMWxoMnVwZnB2dDh6M3J3In0.achVDGm2GGueBONGdiN1fs',
      ],
      negative: [
        { text: 'mapboxgl.accessToken = "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNsMnF6dGJ4ajBhYmMzZG1yeHk0NTZ6eXoifQ.Y3FPHGsTmqnp8d-qlxQtGK"', reason: 'a public token, meant for browsers' },
        { text: 'MAPBOX_SECRET_TOKEN=sk.eyJPbmyHLvx1nI02nDfwuzNFwCzI1DV2R.QKgT-vBIbCUpZzf43ajTgo', reason: 'the payload is not Mapbox JSON' },
      ],
    },
  },
];
