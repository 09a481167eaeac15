import type { Rule } from '../../engine/types';
import { bankRules } from './bank';
import { brazilRules } from './brazil';
import { canadaRules } from './canada';
import { cryptoWalletRules } from './crypto-wallet';
import { emailRules } from './email';
import { franceRules } from './france';
import { germanyRules } from './germany';
import { indiaRules } from './india';
import { italyRules } from './italy';
import { netherlandsRules } from './netherlands';
import { networkRules } from './network';
import { paymentCardRules } from './payment-card';
import { personNameRules } from './person-name';
import { personalDetailsRules } from './personal-details';
import { phoneRules } from './phone';
import { spainRules } from './spain';
import { ukRules } from './uk';
import { usRules } from './us';

/**
 * Rules of this group, in the order they are tried (earlier wins a tie). Checksummed and structured
 * identifiers come first, so that they win over looser shapes (a phone number, a bank account) on the same digits.
 */
export const rules: readonly Rule[] = [
  ...paymentCardRules,
  ...bankRules.slice(0, 1), // IBAN
  ...cryptoWalletRules,
  ...ukRules,
  ...indiaRules,
  ...germanyRules,
  ...franceRules,
  ...spainRules,
  ...italyRules,
  ...netherlandsRules,
  ...brazilRules,
  ...canadaRules,
  ...usRules,
  ...bankRules.slice(1),
  ...emailRules,
  ...networkRules,
  ...phoneRules,
  ...personNameRules,
  ...personalDetailsRules,
];
