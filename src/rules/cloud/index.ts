import type { Rule } from '../../engine/types';
import { alibabaRules } from './alibaba';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { azureDataFactoryRules } from './azure-data-factory';
import { digitaloceanRules } from './digitalocean';
import { gcpRules } from './gcp';
import { ibmRules } from './ibm';
import { openshiftRules } from './openshift';
import { tencentRules } from './tencent';
import { oracleRules } from './oracle';
import { yandexRules } from './yandex';

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [
  ...awsRules,
  ...gcpRules,
  ...azureRules,
  ...azureDataFactoryRules,
  ...digitaloceanRules,
  ...alibabaRules,
  ...ibmRules,
  ...oracleRules,
  ...openshiftRules,
  ...yandexRules,
  ...tencentRules,
];
