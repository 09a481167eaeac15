/**
 * Every generator of the evaluation set. A new generator is a module exporting a `Generator`
 * (see ../types.ts), listed here; its samples then appear in `npm run eval` and in the unit test's sample.
 */
import type { Generator } from '../types';
import { addressesAndPeople } from './addresses-and-people';
import { assignments } from './assignments';
import { credentialFiles } from './credential-files';
import { doubtfulValues } from './doubtful-values';
import { http } from './http';
import { identifiers } from './identifiers';
import { loginCalls } from './login-calls';
import { negatives } from './negatives';
import { people } from './people';
import { pii } from './pii';
import { piiFormats } from './pii-formats';
import { providerShapes } from './provider-shapes';
import { providers } from './providers';

export const GENERATORS: readonly Generator[] = [assignments, http, credentialFiles, loginCalls, providers, providerShapes, pii, piiFormats, people, negatives, addressesAndPeople, identifiers, doubtfulValues];
