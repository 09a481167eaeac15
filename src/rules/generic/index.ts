import type { Rule } from '../../engine/types';
import { assignmentRules } from './assignment';
import { callCredentialRules } from './call-credentials';
import { commandLineRules } from './command-line';
import { credentialFileRules } from './credential-files';
import { httpAuthRules } from './http-auth';
import { jwtRules } from './jwt';
import { privateKeyRules } from './private-key';
import { proseRules } from './prose';
import { connectionStringRules, urlCredentialRules } from './url-credentials';

/**
 * Generic secrets: formats that belong to no single provider (private keys, JWTs, auth headers,
 * credentials in URLs and connection strings, secret-named assignments, credential files, passwords on
 * command lines).
 * Every rule that relies on a variable name has confidence 'medium', so a provider rule wins.
 */
export const rules: readonly Rule[] = [...privateKeyRules, ...jwtRules, ...httpAuthRules, ...connectionStringRules, ...urlCredentialRules, ...credentialFileRules, ...commandLineRules, ...callCredentialRules, ...assignmentRules, ...proseRules];
