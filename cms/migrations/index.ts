import * as migration_20261124_221037_initial from './20261124_221037_initial';
import * as migration_20261124_221732_policy_versions from './20261124_221732_policy_versions';

export const migrations = [
  {
    up: migration_20261124_221037_initial.up,
    down: migration_20261124_221037_initial.down,
    name: '20261124_221037_initial',
  },
  {
    up: migration_20261124_221732_policy_versions.up,
    down: migration_20261124_221732_policy_versions.down,
    name: '20261124_221732_policy_versions'
  },
];
