// German text of the Réel screen (actuals, plan versus actual, calibration, roll-forward); the type makes a missing or extra key a compile error.
import type { actualsFr } from './actuals.fr'
import type { Shape } from './shape'

export const actualsDe: Shape<typeof actualsFr> = {
  nav: { actuals: 'Ist' },
  actuals: {
    title: 'Ist-Werte',
    intro:
      'Die Zahlen, die die Werkstatt tatsächlich erfasst hat, Jahr für Jahr (nur Summen, nichts Persönliches): mit dem Plan vergleichen, das Modell daran kalibrieren und den Plan ins nächste Jahr fortschreiben.',
    readOnly: 'Schreibgeschützter Arbeitsbereich: die Ist-Werte können nicht geändert werden.',
    grid: {
      title: 'Erfasste Zahlen',
      hint: 'Einen Wert eingeben oder einen aus einer Tabelle kopierten Block in eine Zelle einfügen: er füllt die folgenden Zellen.',
      figure: 'Kennzahl',
      total: 'Werkstatt (gesamt)',
      cell: '{{figure}}, {{year}}',
      pasted: '{{count}} Zahlen eingefügt.',
      pasteError:
        'Zeile {{row}}, Spalte {{column}} des eingefügten Blocks: «{{cell}}» ist keine Zahl; nichts wurde geschrieben.',
      pasteOutside: 'Der eingefügte Block reicht über die Tabelle hinaus; nichts wurde geschrieben.',
      invalid: '«{{text}}» ist keine Zahl.',
    },
    metrics: {
      jobs: 'Aufträge (pro Jahr)',
      demandHours: 'Nachgefragte Stunden',
      servedHours: 'Geleistete Stunden',
      headcount: 'Personalbestand (VZÄ)',
      hires: 'Einstellungen (VZÄ)',
      leavers: 'Abgänge (VZÄ)',
      retirements: 'Pensionierungen (VZÄ)',
      backlogHours: 'Rückstand (Stunden)',
      turnaroundWeeks: 'Durchlaufzeit (Wochen)',
      students: 'Lernende',
    },
    import: {
      button: 'Ist-Werte importieren (CSV oder XLSX)…',
      format: 'Langformat: Spalten year, metric, key, value (leerer key für eine Werkstattsumme).',
      preview: 'Vorschau von {{file}}',
      errors: 'Fehler (nichts wird importiert)',
      dropped: 'Persönliche Spalten entfernt: {{columns}}',
      ignored: 'Nicht gelesene Spalten: {{columns}}',
      changes: '{{count}} Zahlen werden geschrieben.',
      nothing: 'Diese Zahlen sind bereits erfasst.',
      confirm: 'Importieren',
      cancel: 'Abbrechen',
    },
    variance: {
      title: 'Plan und Ist',
      against: 'Vergleichen mit',
      frozen: '{{name}} (eingefrorene Version)',
      year: 'Jahr',
      figure: 'Kennzahl',
      plan: 'Planwert',
      actual: 'Istwert',
      difference: 'Abweichung (Ist − Plan)',
      percent: 'Abweichung %',
      none: 'Keine Ist-Werte in den Jahren dieses Plans.',
      outside: 'Jahre ausserhalb dieses Plans, nicht verglichen: {{years}}',
      legend: 'Ist: {{metric}}',
    },
    calibrate: {
      title: 'Kalibrierung an der Vergangenheit',
      intro:
        'Wählen Sie die Parameter, die an die Ist-Werte angepasst werden (gewichtete kleinste Quadrate).',
      kinds: {
        serviceUptake: 'Servicequote, je Segment',
        hoursPerJob: 'Stunden pro Auftrag (Faktor), je Segment',
        attritionRate: 'Abgangsquote, je Stufe',
      },
      parameter: {
        serviceUptake: 'Servicequote: {{name}}',
        hoursPerJob: 'Stunden pro Auftrag (Faktor): {{name}}',
        attritionRate: 'Abgangsquote: {{name}}',
      },
      fit: 'Anpassen',
      fitting: 'Anpassung…',
      column: 'Parameter',
      before: 'Vorher',
      after: 'Nachher',
      quality: 'Güte der Anpassung',
      metric: 'Kennzahl',
      mape: 'Mittlere Abweichung (MAPE)',
      r2: 'R²',
      residuals: 'Residuen je Jahr (Ist − angepasst)',
      warnings: 'Hinweise',
      warning: {
        noEffect: '{{a}}: kein Ist-Wert hängt davon ab; der Wert bleibt.',
        indistinguishable:
          '{{a}} und {{b}} lassen sich mit diesen Ist-Werten nicht unterscheiden: nur ihre gemeinsame Wirkung wird angepasst.',
        atBound: '{{a}} liegt an seiner Grenze: die Ist-Werte verlangen mehr.',
        noObservations: 'Kein Ist-Wert fällt in die Jahre dieses Plans.',
        planUnknown:
          'Einige Ist-Werte haben im Plan keine Entsprechung (Durchlaufzeit unbekannt) und bleiben aussen vor.',
      },
      name: 'Name des neuen Szenarios',
      defaultName: '{{scenario}} kalibriert',
      apply: 'Kalibriertes Szenario erstellen',
      applied: 'Szenario «{{name}}» erstellt (rückgängig machbar).',
      frozenSource: 'Eine eingefrorene Version kann kein Ausgangspunkt sein: wählen Sie ein Szenario.',
    },
    roll: {
      title: 'Plan fortschreiben',
      intro:
        'Erstellt den Plan des nächsten Jahres aus diesem Szenario und den Ist-Werten: er beginnt nach dem letzten Ist-Jahr, mit dem tatsächlichen Personalbestand und Rückstand. Der aktuelle Plan bleibt als eingefrorene Version erhalten.',
      button: 'Plan fortschreiben',
      done: 'Plan «{{name}}» erstellt, Beginn {{year}} (rückgängig machbar).',
    },
  },
}
