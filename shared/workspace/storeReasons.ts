// Stable reasons for every store failure a user reads, so the UI words them in its own language (the English message stays for logs and the CLI).
import type { ReadOnlyReason } from './types'

/** Why a store call failed; the UI has a text for each under `words.store.<reason>`. */
export const storeReasons = [
  'fileFolder',
  'fileMissing',
  'fileEmpty',
  'notSqlite',
  'otherApp',
  'truncated',
  'unreadable',
  'damagedFile',
  'noTables',
  'notReplaceable',
  'upgradeFailed',
  'fileExists',
  'fileInUse',
  'diskFull',
  'cannotWrite',
  'busy',
  'saveFailed',
  'closed',
  'readOnly',
  'frozen',
  'nameEmpty',
  'nameTaken',
  'noScenario',
  'noBase',
  'noParent',
  'baseDelete',
  'orderIncomplete',
  'noValue',
  'invalidPath',
  'valueMissing',
  'givenTwice',
  'leverStale',
  'templateNoChange',
  'importNothing',
  'importExpired',
  'actualsNothing',
  'actualsMisfit',
  'actualsNone',
  'fitNoParameter',
  'fitFailed',
  'uncertaintySame',
  'exportNone',
  'exportJsonOne',
  'exportInvalid',
  'invalidInput',
  'holdsOverrides',
  'damagedPart',
  'noReset',
  'noOverride',
  'noWorkspace',
  'noSample',
  'desktopOnly',
  'fileTooLarge',
  'saveExpired',
  'noFolder',
  'folderRelative',
  'upgraded',
  'requestInvalid',
] as const

export type StoreReason = (typeof storeReasons)[number]

/** The figures and names a reason's text needs (a scenario's name, a file, a version); never a raw field path. */
export type ReasonParams = Record<string, string | number>

/** A reason with its parameters, as a StoreError and an IPC error carry it. */
export interface Said {
  reason: StoreReason
  params?: ReasonParams
}

/** The `said` argument of a StoreError or AppError: a reason and its parameters. */
export function said(reason: StoreReason, params?: ReasonParams): Said {
  return params === undefined ? { reason } : { reason, params }
}

/** Why a workspace is open read-only (ReadOnlyReason codes); the UI has a text for each under `words.readOnly.<code>`. */
export const readOnlyCodes = ['in-use', 'newer-version', 'not-writable', 'requested'] as const

/** The reason of a write refused because the workspace is open read-only, worded like the read-only banner. */
export function readOnlySaid(reason: ReadOnlyReason): Said {
  return said('readOnly', {
    kind: reason.code,
    ...(reason.code === 'in-use' && reason.holder ? { host: reason.holder.host } : {}),
    ...(reason.code === 'newer-version' ? { version: reason.fileSchemaVersion } : {}),
  })
}
