// The numbered migrations, in order: migration N brings a file from user_version N-1 to N.
import { sql as init001 } from './001_init'
import { sql as uncertainty002 } from './002_uncertainty'
import { sql as actuals003 } from './003_actuals'

export interface Migration {
  version: number
  name: string
  sql: string
}

/** Append only; never edit a migration that has shipped. Later migrations must stay readable by older builds (add, do not rename). */
export const migrations: readonly Migration[] = [
  { version: 1, name: '001_init', sql: init001 },
  { version: 2, name: '002_uncertainty', sql: uncertainty002 },
  { version: 3, name: '003_actuals', sql: actuals003 },
]

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version
