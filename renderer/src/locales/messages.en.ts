// English text of the store's failures (by the reasons of shared/workspace/storeReasons.ts), the read-only reasons and the fallback per error code.
import type { messagesFr } from './messages.fr'
import type { Shape } from './shape'

export const messagesEn: Shape<typeof messagesFr> = {
  words: {
    /** Import files that cannot be read at all (electron/store/import/readTable.ts). */
    import: {
      file: {
        noData: 'the file holds no data',
        csvMalformed: 'the CSV file is malformed near line {{line}} (unclosed quotes)',
        excelUnreadable: 'the Excel file cannot be read',
        tooLarge: 'the file is larger than {{megabytes}} MB; an import table is much smaller',
        oldExcel: 'old Excel files (.xls) cannot be read: save the sheet as .xlsx or .csv',
      },
    },
    store: {
      fileFolder: '{{file}} is a folder or a device, not a workspace file.',
      fileMissing: 'The file {{file}} does not exist or cannot be read.',
      fileEmpty: '{{file}} is empty: it is not an Établi workspace.',
      notSqlite: '{{file}} is not an Établi workspace (it is not a SQLite database).',
      otherApp:
        '{{file}} is a SQLite database of another application, not an Établi workspace; it was left untouched.',
      truncated: '{{file}} is damaged (truncated); it was left untouched. Restore it from a backup.',
      unreadable: '{{file}} cannot be read; it was left untouched.',
      damagedFile: 'The file is damaged; nothing was saved. Restore it from a backup.',
      noTables:
        '{{file}} carries Établi’s mark but not its tables: it is not a workspace; it was left untouched.',
      notReplaceable: '{{file}} is not an Établi workspace: it was not replaced. Choose another name.',
      upgradeFailed:
        '{{file}} could not be upgraded to format {{version}}; it was left as it was, with no backup.',
      fileExists: '{{file}} already exists.',
      fileInUse: '{{file}} is open in another Établi window: it cannot be replaced.',
      diskFull: 'The disk is full: the change was not saved. Free some space and try again.',
      cannotWrite: 'The file cannot be written: the change was not saved.',
      busy: 'Another program holds the file locked: the change was not saved.',
      saveFailed: 'The change could not be saved.',
      closed: 'The workspace is closed.',
      readOnly: 'The workspace is open read-only: {{why}}',
      frozen: '{{scenario}} is a frozen version: it cannot be changed. Duplicate it to edit a copy.',
      nameEmpty: 'A scenario needs a name.',
      nameTaken: 'There is already a scenario named {{name}}.',
      noScenario: 'This scenario no longer exists: show the list again.',
      noBase: 'The workspace has no base scenario.',
      noParent: 'Scenario {{scenario}} has no usable parent.',
      baseDelete: 'The base scenario cannot be deleted.',
      orderIncomplete: 'The new order must list every scenario exactly once.',
      noValue: 'There is no value to set.',
      invalidPath: 'this field does not exist in this scenario',
      valueMissing: 'the value is missing',
      givenTwice: 'this field is given twice',
      leverStale: 'These values are no longer what the lever gives: show the scenario again.',
      templateNoChange: 'The template “{{template}}” changes nothing in {{scenario}}.',
      importNothing: 'Nothing to import: {{scenario}} already has these values.',
      importExpired:
        'This import preview is no longer available (it had errors, or was replaced): preview the file again.',
      actualsNothing: 'Nothing to import: the actuals already hold these figures.',
      actualsMisfit: 'The actuals do not fit this scenario; nothing was written.',
      actualsNone: 'There are no actuals yet: enter or import some first.',
      fitNoParameter: 'Choose at least one parameter to fit.',
      fitFailed: 'The fit could not be computed from these actuals.',
      uncertaintySame: '{{scenario}} already has these uncertain figures.',
      exportNone: 'Choose at least one scenario to export.',
      exportJsonOne: 'A JSON export holds exactly one scenario.',
      exportInvalid: '{{scenario}} cannot be projected: correct its values first.',
      invalidInput: 'Scenario {{scenario}} is not valid.',
      holdsOverrides: 'Scenario {{scenario}} holds changes, not complete values.',
      damagedPart:
        'A part of the workspace cannot be read (the file was changed outside Établi); the rest is unaffected.',
      noReset: '{{scenario}} has no parent to take the value from.',
      noOverride: '{{scenario}} does not change this field',
      noWorkspace: 'No workspace is open.',
      noSample: 'This sample does not exist.',
      desktopOnly: 'This needs the desktop app: in a browser, use the file buttons.',
      fileTooLarge: 'The file is larger than {{megabytes}} MiB.',
      saveExpired: 'This Save As choice has expired: choose the file again.',
      noFolder: 'There is no folder {{folder}}.',
      upgraded: 'The file was upgraded to format {{version}}; the previous version was kept as {{backup}}.',
      folderRelative: 'The folder must be given as a full path.',
    },
    readOnly: {
      'in-use': 'this file is already open in another Établi window. Close it there to edit it.',
      'in-use-host':
        'this file is already open in another Établi window (on {{host}}). Close it there to edit it.',
      'newer-version':
        'this file was written by a newer version of Établi (format {{version}}). Update Établi to edit it.',
      'not-writable': 'the file or its folder cannot be written.',
      requested: 'opened read-only on request.',
    },
    failure: {
      UNKNOWN_CHANNEL: 'Établi did not understand the request. Restart the app.',
      INVALID_REQUEST: 'This request is not valid; nothing was changed.',
      INVALID_INPUT: 'These values are not valid; nothing was changed.',
      NOT_FOUND: 'What was asked for does not exist, or no longer exists.',
      READ_ONLY: 'The workspace is read-only; nothing was changed.',
      NOT_A_WORKSPACE: 'This file is not a readable Établi workspace; it was left untouched.',
      IO_ERROR: 'The file cannot be read or written; nothing was saved.',
      CONFLICT: 'This name or file already exists; nothing was changed.',
      DAMAGED:
        'A part of the workspace cannot be read (the file was changed outside Établi); the rest is unaffected.',
      INTERNAL: 'An unexpected error occurred; nothing was changed.',
    },
  },
}
