import * as migration_20261124_221037_initial from './20261124_221037_initial';

export const migrations = [
  {
    up: migration_20261124_221037_initial.up,
    down: migration_20261124_221037_initial.down,
    name: '20261124_221037_initial'
  },
];
