import type { Rule } from '../../engine/types';
import { argentinaRules } from './argentina';
import { australiaRules } from './australia';
import { bankRules } from './bank';
import { belgiumRules } from './belgium';
import { brazilRules } from './brazil';
import { canadaRules } from './canada';
import { chileRules } from './chile';
import { chinaRules } from './china';
import { cryptoWalletRules } from './crypto-wallet';
import { denmarkRules } from './denmark';
import { emailRules } from './email';
import { finlandRules } from './finland';
import { franceRules } from './france';
import { germanyRules } from './germany';
import { healthNumberRules } from './health-numbers';
import { identityDocumentRules } from './identity-documents';
import { indiaRules } from './india';
import { israelRules } from './israel';
import { italyRules } from './italy';
import { japanRules } from './japan';
import { koreaRules } from './korea';
import { mexicoRules } from './mexico';
import { mrzRules } from './mrz';
import { netherlandsRules } from './netherlands';
import { networkRules } from './network';
import { newZealandRules } from './new-zealand';
import { norwayRules } from './norway';
import { paymentCardRules } from './payment-card';
import { personNameRules } from './person-name';
import { personalDetailsRules } from './personal-details';
import { phoneRules } from './phone';
import { polandRules } from './poland';
import { portugalRules } from './portugal';
import { singaporeRules } from './singapore';
import { southAfricaRules } from './south-africa';
import { spainRules } from './spain';
import { swedenRules } from './sweden';
import { switzerlandRules } from './switzerland';
import { thailandRules } from './thailand';
import { turkeyRules } from './turkey';
import { ukRules } from './uk';
import { unlabelledIdRules } from './unlabelled-ids';
import { usRules } from './us';
import { usEinRules } from './us-ein';
import { usMbiRules } from './us-mbi';
import { usNpiRules } from './us-npi';

/**
 * Rules of this group. Where two overlap, a declared `overrides`, then confidence, severity and length decide
 * (a test reverses this list and expects the same findings); checksummed and structured identifiers come
 * first all the same, for the reader.
 */
export const rules: readonly Rule[] = [
  ...paymentCardRules,
  ...cryptoWalletRules,
  ...mrzRules,
  ...ukRules,
  ...indiaRules,
  ...germanyRules,
  ...franceRules,
  ...spainRules,
  ...italyRules,
  ...netherlandsRules,
  ...brazilRules,
  ...canadaRules,
  ...polandRules,
  ...swedenRules,
  ...denmarkRules,
  ...finlandRules,
  ...norwayRules,
  ...belgiumRules,
  ...portugalRules,
  ...switzerlandRules,
  ...turkeyRules,
  ...chileRules,
  ...mexicoRules,
  ...singaporeRules,
  ...chinaRules,
  ...koreaRules,
  ...thailandRules,
  ...southAfricaRules,
  ...japanRules,
  ...argentinaRules,
  ...australiaRules,
  ...newZealandRules,
  ...israelRules,
  ...usRules,
  ...usMbiRules,
  ...healthNumberRules,
  ...unlabelledIdRules,
  ...identityDocumentRules,
  ...usNpiRules,
  ...usEinRules,
  ...bankRules,
  ...emailRules,
  ...networkRules,
  ...phoneRules,
  ...personNameRules,
  ...personalDetailsRules,
];
