// German text of the store's failures (by the reasons of shared/workspace/storeReasons.ts), the read-only reasons and the fallback per error code.
import type { messagesFr } from './messages.fr'
import type { Shape } from './shape'

export const messagesDe: Shape<typeof messagesFr> = {
  words: {
    /** Import files that cannot be read at all (electron/store/import/readTable.ts). */
    import: {
      file: {
        noData: 'die Datei enthält keine Daten',
        csvMalformed:
          'die CSV-Datei ist nahe Zeile {{line}} fehlerhaft (nicht geschlossene Anführungszeichen)',
        excelUnreadable: 'die Excel-Datei kann nicht gelesen werden',
        tooLarge: 'die Datei ist grösser als {{megabytes}} MB; eine Importtabelle ist viel kleiner',
        oldExcel:
          'alte Excel-Dateien (.xls) können nicht gelesen werden: Speichern Sie das Blatt als .xlsx oder .csv',
      },
    },
    store: {
      fileFolder: '{{file}} ist ein Ordner oder ein Gerät, keine Arbeitsbereichsdatei.',
      fileMissing: 'Die Datei {{file}} existiert nicht oder kann nicht gelesen werden.',
      fileEmpty: '{{file}} ist leer: Sie ist kein Établi-Arbeitsbereich.',
      notSqlite: '{{file}} ist kein Établi-Arbeitsbereich (keine SQLite-Datenbank).',
      otherApp:
        '{{file}} ist eine SQLite-Datenbank einer anderen Anwendung, kein Établi-Arbeitsbereich; sie wurde nicht verändert.',
      truncated:
        '{{file}} ist beschädigt (abgeschnitten); sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her.',
      unreadable: '{{file}} kann nicht gelesen werden; sie wurde nicht verändert.',
      damagedFile:
        'Die Datei ist beschädigt; nichts wurde gespeichert. Stellen Sie sie aus einer Sicherung wieder her.',
      noTables:
        '{{file}} trägt die Kennung von Établi, aber nicht seine Tabellen: kein Arbeitsbereich; sie wurde nicht verändert.',
      notReplaceable:
        '{{file}} ist kein Établi-Arbeitsbereich: Sie wurde nicht ersetzt. Wählen Sie einen anderen Namen.',
      upgradeFailed:
        '{{file}} konnte nicht auf Format {{version}} gebracht werden; sie blieb unverändert, ohne Sicherungskopie.',
      fileExists: '{{file}} existiert bereits.',
      fileInUse: '{{file}} ist in einem anderen Établi-Fenster geöffnet: Sie kann nicht ersetzt werden.',
      diskFull:
        'Der Datenträger ist voll: Die Änderung wurde nicht gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.',
      cannotWrite: 'Die Datei kann nicht geschrieben werden: Die Änderung wurde nicht gespeichert.',
      busy: 'Ein anderes Programm sperrt die Datei: Die Änderung wurde nicht gespeichert.',
      saveFailed: 'Die Änderung konnte nicht gespeichert werden.',
      closed: 'Der Arbeitsbereich ist geschlossen.',
      readOnly: 'Der Arbeitsbereich ist schreibgeschützt geöffnet: {{why}}',
      frozen:
        '{{scenario}} ist eine eingefrorene Version: Sie kann nicht geändert werden. Duplizieren Sie sie, um eine Kopie zu bearbeiten.',
      nameEmpty: 'Ein Szenario braucht einen Namen.',
      nameTaken: 'Es gibt bereits ein Szenario namens {{name}}.',
      noScenario: 'Dieses Szenario existiert nicht mehr: Zeigen Sie die Liste erneut an.',
      noBase: 'Der Arbeitsbereich hat kein Basisszenario.',
      noParent: 'Das Szenario {{scenario}} hat kein brauchbares übergeordnetes Szenario.',
      baseDelete: 'Das Basisszenario kann nicht gelöscht werden.',
      orderIncomplete: 'Die neue Reihenfolge muss jedes Szenario genau einmal nennen.',
      noValue: 'Es gibt keinen Wert zu setzen.',
      invalidPath: 'dieses Feld gibt es in diesem Szenario nicht',
      valueMissing: 'der Wert fehlt',
      givenTwice: 'dieses Feld ist zweimal angegeben',
      leverStale: 'Diese Werte entsprechen nicht mehr dem Hebel: Zeigen Sie das Szenario erneut an.',
      templateNoChange: 'Die Vorlage «{{template}}» ändert nichts an {{scenario}}.',
      importNothing: 'Nichts zu importieren: {{scenario}} hat diese Werte bereits.',
      importExpired:
        'Diese Importvorschau ist nicht mehr verfügbar (sie hatte Fehler oder wurde ersetzt): Zeigen Sie die Datei erneut in der Vorschau an.',
      actualsNothing: 'Nichts zu importieren: Die Istwerte enthalten diese Zahlen bereits.',
      actualsMisfit: 'Die Istwerte passen nicht zu diesem Szenario; nichts wurde geschrieben.',
      actualsNone: 'Es gibt noch keine Istwerte: Erfassen oder importieren Sie zuerst welche.',
      fitNoParameter: 'Wählen Sie mindestens einen anzupassenden Parameter.',
      fitFailed: 'Die Anpassung konnte mit diesen Istwerten nicht berechnet werden.',
      uncertaintySame: '{{scenario}} hat diese unsicheren Zahlen bereits.',
      exportNone: 'Wählen Sie mindestens ein Szenario zum Exportieren.',
      exportJsonOne: 'Ein JSON-Export enthält genau ein Szenario.',
      exportInvalid: '{{scenario}} kann nicht berechnet werden: Korrigieren Sie zuerst seine Werte.',
      invalidInput: 'Das Szenario {{scenario}} ist nicht gültig.',
      holdsOverrides: 'Das Szenario {{scenario}} enthält Änderungen, keine vollständigen Werte.',
      damagedPart:
        'Ein Teil des Arbeitsbereichs kann nicht gelesen werden (die Datei wurde ausserhalb von Établi geändert); der Rest ist nicht betroffen.',
      noReset: '{{scenario}} hat kein übergeordnetes Szenario, von dem der Wert übernommen werden kann.',
      noOverride: '{{scenario}} ändert dieses Feld nicht',
      noWorkspace: 'Kein Arbeitsbereich ist geöffnet.',
      noSample: 'Dieses Beispiel gibt es nicht.',
      desktopOnly: 'Dies braucht die Desktop-App: Verwenden Sie im Browser die Datei-Schaltflächen.',
      fileTooLarge: 'Die Datei ist grösser als {{megabytes}} MiB.',
      saveExpired: 'Diese «Speichern unter»-Wahl ist abgelaufen: Wählen Sie die Datei erneut.',
      noFolder: 'Den Ordner {{folder}} gibt es nicht.',
      upgraded:
        'Die Datei wurde auf Format {{version}} gebracht; die vorherige Version wurde als {{backup}} aufbewahrt.',
      folderRelative: 'Der Ordner muss mit seinem vollständigen Pfad angegeben werden.',
      requestInvalid: '{{why}}; nichts wurde geändert.',
    },
    readOnly: {
      'in-use':
        'Diese Datei ist bereits in einem anderen Établi-Fenster geöffnet. Schliessen Sie sie dort, um sie zu bearbeiten.',
      'in-use-host':
        'Diese Datei ist bereits in einem anderen Établi-Fenster geöffnet (auf {{host}}). Schliessen Sie sie dort, um sie zu bearbeiten.',
      'newer-version':
        'Diese Datei wurde von einer neueren Version von Établi geschrieben (Format {{version}}). Aktualisieren Sie Établi, um sie zu bearbeiten.',
      'not-writable': 'Die Datei oder ihr Ordner kann nicht geschrieben werden.',
      requested: 'Auf Wunsch schreibgeschützt geöffnet.',
    },
    /** A request refused as invalid (shared/ipc/requestReason.ts): the field it is about and what was wrong. */
    request: {
      field: {
        name: 'Name',
        note: 'Notiz',
        fileName: 'Dateiname',
        file: 'Datei',
        folder: 'Ordner',
        language: 'Sprache',
        scenario: 'Szenario',
        template: 'Vorlage',
        lever: 'Globaler Hebel',
        importKind: 'Art des Imports',
        actuals: 'Erfasste Zahlen',
        calibration: 'Kalibrierung',
        export: 'Export',
        sample: 'Beispiel',
        uncertainty: 'Unsichere Zahlen',
        solverOptions: 'Optionen des Optimierers',
        plan: 'Plan',
      },
      kind: {
        tooLong: 'höchstens {{limit}} Zeichen sind erlaubt',
        empty: 'ein Wert ist erforderlich',
        tooLarge: 'der Wert darf höchstens {{limit}} sein',
        tooSmall: 'der Wert muss mindestens {{limit}} sein',
        tooMany: 'höchstens {{limit}} Einträge sind erlaubt',
        tooFew: 'mindestens {{limit}} Eintrag ist erforderlich',
        format: 'der Wert hat nicht die erwartete Form',
        type: 'der Wert hat die falsche Art',
        choice: 'der Wert gehört nicht zu den angebotenen Möglichkeiten',
        unknownField: 'die Anfrage enthält ein Feld, das Établi nicht kennt',
        importFileType: 'nur .csv- und .xlsx-Dateien können importiert werden',
        workspaceFileType: 'nur Établi-Arbeitsbereiche (.etabli-Dateien) können geöffnet werden',
        fileNameFolders: 'erwartet wird ein Dateiname ohne Ordner (kein / oder \\)',
        fileTooLarge: 'die Datei ist grösser als 12 MB; ein Import oder ein Arbeitsbereich ist viel kleiner',
        other: 'die Anfrage ist nicht gültig',
      },
    },
    failure: {
      UNKNOWN_CHANNEL: 'Établi hat die Anfrage nicht verstanden. Starten Sie die App neu.',
      INVALID_REQUEST: 'Diese Anfrage ist nicht gültig; nichts wurde geändert.',
      INVALID_INPUT: 'Diese Werte sind nicht gültig; nichts wurde geändert.',
      NOT_FOUND: 'Das Verlangte gibt es nicht oder nicht mehr.',
      READ_ONLY: 'Der Arbeitsbereich ist schreibgeschützt; nichts wurde geändert.',
      NOT_A_WORKSPACE: 'Diese Datei ist kein lesbarer Établi-Arbeitsbereich; sie wurde nicht verändert.',
      IO_ERROR: 'Die Datei kann nicht gelesen oder geschrieben werden; nichts wurde gespeichert.',
      CONFLICT: 'Dieser Name oder diese Datei existiert bereits; nichts wurde geändert.',
      DAMAGED:
        'Ein Teil des Arbeitsbereichs kann nicht gelesen werden (die Datei wurde ausserhalb von Établi geändert); der Rest ist nicht betroffen.',
      INTERNAL: 'Ein unerwarteter Fehler ist aufgetreten; nichts wurde geändert.',
    },
  },
}
