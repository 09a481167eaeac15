import type { Rule } from '../../engine/types';
import { azureDevopsRules } from './azure-devops';
import { bitbucketRules } from './bitbucket';
import { buildkiteRules } from './buildkite';
import { circleciRules } from './circleci';
import { clojarsRules } from './clojars';
import { djangoRules } from './django';
import { dockerRules } from './docker';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';
import { jfrogRules } from './jfrog';
import { npmRules } from './npm';
import { nugetRules } from './nuget';
import { octopusDeployRules } from './octopus-deploy';
import { pypiRules } from './pypi';
import { rubygemsRules } from './rubygems';
import { sidekiqRules } from './sidekiq';
import { sonarqubeRules } from './sonarqube';
import { sourcegraphRules } from './sourcegraph';
import { terraformRules } from './terraform';
import { travisRules } from './travis';

/** Rules of this group, in the order they are tried (earlier wins a tie). */
export const rules: readonly Rule[] = [
  ...githubRules,
  ...gitlabRules,
  ...bitbucketRules,
  ...azureDevopsRules,
  ...sourcegraphRules,
  ...sonarqubeRules,
  ...npmRules,
  ...pypiRules,
  ...rubygemsRules,
  ...sidekiqRules,
  ...nugetRules,
  ...dockerRules,
  ...jfrogRules,
  ...clojarsRules,
  ...terraformRules,
  ...circleciRules,
  ...travisRules,
  ...djangoRules,
  ...buildkiteRules,
  ...octopusDeployRules,
];
