// German text of the Entscheide screen (Monte Carlo, Sensitivität, Solver, Institutssicht); the type checks its keys.
import type { decisionsFr } from './decisions.fr'
import type { Shape } from './shape'

export const decisionsDe: Shape<typeof decisionsFr> = {
  nav: { decisions: 'Entscheide' },
  units: { yearsShort: 'J.' },
  decisions: {
    title: 'Entscheide',
    intro:
      'Wie wahrscheinlich der Engpass von «{{scenario}}» ist, welche Annahme am meisten wiegt und welcher Plan ihn am günstigsten beseitigt.',
    tabsLabel: 'Entscheidungswerkzeuge',
    tabs: {
      montecarlo: 'Unsicherheit und Monte Carlo',
      sensitivity: 'Sensitivität',
      solver: 'Solver',
      institute: 'Institutssicht',
    },
    kpi: {
      peakShortageFte: 'Grösster Engpass (VZÄ)',
      totalLostHours: 'Verlorene Stunden (h)',
      firstShortageYear: 'Erstes Engpassjahr',
      totalCost: 'Gesamtkosten (CHF)',
    },
    v2Field: {
      revenuePerHour: 'Umsatz pro Stunde',
      resaleReplacesService: 'Wiederverkaufsservices anstelle eines geplanten Service',
      resaleHoursPerJob: 'Stunden pro Wiederverkaufsauftrag',
      maxIntake: 'Plätze',
      rampUp: 'Einarbeitung pro Jahr',
      overtimeShare: 'Anteil Überstunden',
      overtimePremium: 'Überstundenzuschlag',
      backfill: 'Ersatz von Abgängen',
      gapHiring: 'Einstellung nach Lücke',
      maxHours: 'Verfügbare ausgelagerte Stunden',
      costPerHour: 'Kosten der Auslagerung pro Stunde',
    },
    units: {
      chfPerHour: 'CHF/h',
      factor: '× (Faktor)',
      fraction: 'Bruch (0.05 = 5 %)',
      growth: 'jährliches Wachstum (0.02 = 2 %)',
      change: 'Abweichung, in {{unit}}',
      growthChange: '+ Prozentpunkte Wachstum pro Jahr (0.02 = +2 Punkte)',
    },
    apply: {
      set: 'Gezogener Wert',
      add: 'Addierte Abweichung',
      scale: 'Angewandter Faktor',
    },
    kind: {
      triangular: 'Dreiecksverteilung',
      uniform: 'Gleichverteilung',
      normal: 'Normal (gestutzt)',
      lognormal: 'Log-normal',
    },
    param: {
      min: 'Min.',
      mode: 'Modus',
      max: 'Max.',
      mean: 'Mittelwert',
      sd: 'Standardabweichung',
      median: 'Median',
      sigma: 'Sigma',
    },
    problem: {
      format: '{{figure}}: {{reason}}',
      missing: 'diese Zahl gibt es in diesem Szenario nicht',
      duplicate: 'diese Zahl steht bereits in der Liste; behalten Sie nur eine Zeile',
      triangularOrder: 'es muss Min. ≤ Modus ≤ Max. gelten',
      minMax: 'das Min. darf das Max. nicht übersteigen',
      withinRange: 'Min. und Max. müssen im gültigen Bereich {{min}} … {{max}} bleiben',
      outsideRange: 'Min. … Max. überschneidet den gültigen Bereich {{min}} … {{max}} nicht',
      sdPositive: 'die Standardabweichung muss grösser als 0 sein',
      medianPositive: 'der Median muss grösser als 0 sein',
      sigmaPositive: 'Sigma muss grösser als 0 sein',
      scaleOnly: 'diese Zahl kann nur mit einem Faktor multipliziert werden',
      listMode: 'dies ist eine Liste: Wählen Sie «Addierte Abweichung» oder «Angewandter Faktor»',
      setOnly: 'es ist keine Grenze gesetzt: Nur ein gezogener Wert kann eine ergeben',
      number: 'jeder Parameter muss eine Zahl sein',
      notAllowed: 'diese Zahl kann nicht unsicher sein',
    },
    uncertainty: {
      title: 'Unsichere Zahlen',
      intro:
        'Markieren Sie die Annahmen, an denen Sie zweifeln, und geben Sie jeder eine Spanne. Die Liste wird mit dem Szenario gespeichert (ein Schritt, der sich rückgängig machen lässt).',
      caption: 'Unsichere Zahlen des Szenarios',
      figure: 'Zahl',
      figureOf: 'Unsichere Zahl Nr. {{n}}',
      apply: 'Ziehung',
      applyOf: 'Art der Ziehung: {{figure}}',
      distribution: 'Verteilung',
      distributionOf: 'Verteilung: {{figure}}',
      parameters: 'Parameter',
      optional: 'optional',
      none: 'Keine unsichere Zahl: Fügen Sie eine hinzu.',
      add: 'Zahl hinzufügen',
      save: 'Liste speichern',
      discard: 'Änderungen verwerfen',
      saved: 'Liste mit dem Szenario gespeichert.',
      unsaved: 'Nicht gespeicherte Änderungen (die Berechnung verwendet sie bereits).',
      notSaved: 'Liste nicht gespeichert.',
      defaultNote:
        'Keine Liste gespeichert: Dies ist die Standardliste (Marktwachstum und Revisionsquote jedes Segments).',
      readOnly: 'Schreibgeschützt: Diese fixierte Version behält ihre Liste unverändert.',
    },
    failure: {
      uncertaintyMisfit: 'die unsichere Zahl «{{figure}}» passt nicht zum Szenario ({{problem}})',
      inputInvalid: 'das Szenario kann nicht projiziert werden ({{problem}})',
      workerFailed:
        'die Berechnung wurde unerwartet abgebrochen; nichts wurde geändert, starten Sie sie erneut',
    },
    mc: {
      title: 'Monte Carlo',
      runs: 'Anzahl Ziehungen',
      runsHelp: 'Von 1 bis {{max}}.',
      seed: 'Startwert',
      seedHelp: 'Ganze Zahl: Derselbe Startwert ergibt dieselben Zahlen.',
      run: 'Starten',
      cancel: 'Abbrechen',
      progressLabel: 'Fortschritt des Monte Carlo',
      progress: '{{done}} von {{runs}} Ziehungen',
      idle: 'Bereit ({{workers}} Rechenprozesse parallel).',
      running: '{{done}} von {{runs}} Ziehungen… ({{workers}} Prozesse)',
      cancelled: 'Abgebrochen nach {{done}} von {{runs}} Ziehungen; die Rechenprozesse sind beendet.',
      error: 'Die Berechnung ist fehlgeschlagen: {{message}}',
      done: '{{runs}} Ziehungen in {{seconds}} s.',
      fixRows: 'Korrigieren Sie die markierten unsicheren Zahlen, bevor Sie die Berechnung starten.',
      stale: 'Die Zahlen oder das Szenario haben sich seit dieser Berechnung geändert: Starten Sie sie neu.',
      anyShortage:
        'Wahrscheinlichkeit mindestens eines Engpassjahrs im Zeitraum: {{percent}} % ({{runs}} Ziehungen, Startwert {{seed}}).',
      failed_one: '{{count}} Ziehung konnte nicht projiziert werden und wird nicht gezählt: {{message}}',
      failed_other:
        '{{count}} Ziehungen konnten nicht projiziert werden und werden nicht gezählt: {{message}}',
      noneCompleted:
        'Keine Ziehung konnte abgeschlossen werden: Es gibt weder eine Wahrscheinlichkeit noch Perzentile oder Grafiken. Korrigieren Sie die betroffene unsichere Zahl und starten Sie neu.',
      summaryCaption: 'Kennzahlen über den Zeitraum: 10., 50. und 90. Perzentil der Ziehungen',
      kpi: 'Kennzahl',
      p10: 'P10',
      p50: 'P50 (Median)',
      p90: 'P90',
      fanDescription:
        'Band: 80 % der Ziehungen zwischen P10 und P90; schwarze Linie: der Median (P50). {{runs}} Ziehungen, Startwert {{seed}}.',
      fan: {
        shortageFte: { title: 'Engpass (VZÄ), P10–P90' },
        turnaroundWeeks: { title: 'Reparaturdauer (Wochen), P10–P90' },
        headcount: { title: 'Personalbestand (VZÄ), P10–P90' },
      },
      probability: {
        title: 'Engpasswahrscheinlichkeit pro Jahr',
        description:
          'Anteil der {{runs}} Ziehungen, in denen das Jahr ein Engpassjahr ist (Balken) und in denen spätestens in diesem Jahr ein Engpass begonnen hat (Linie).',
        inYear: 'Engpass in diesem Jahr',
        byYear: 'Engpass spätestens in diesem Jahr begonnen',
        axis: 'Wahrscheinlichkeit',
      },
    },
    tornado: {
      intro:
        'Jede Annahme wird auf ihren tiefen und dann ihren hohen Wert gesetzt, alle anderen bleiben wie im Szenario: Der längste Balken ist die Annahme, die am meisten wiegt.',
      kpi: 'Kennzahl',
      source: 'Variierte Annahmen',
      sourceUncertainty_one: 'Die unsichere Zahl, über ihre Spanne',
      sourceUncertainty_other: 'Die {{count}} unsicheren Zahlen, über ihre Spanne',
      sourceRelative: 'Jede Zahl des Szenarios, ±10 %',
      fixRows:
        'Korrigieren Sie die markierten unsicheren Zahlen im Register Unsicherheit, oder wählen Sie ±10 %.',
      computing: 'Wird berechnet…',
      error: 'Die Berechnung ist fehlgeschlagen: {{message}}',
      base: '{{kpi}} des Szenarios: {{value}}.',
      noShortage: 'keiner',
      noEffect: 'Keine Annahme verändert diese Kennzahl.',
      failedBars_one:
        '{{count}} Annahme konnte an einem ihrer Enden nicht berechnet werden und wird nicht gezeigt: {{figures}} ({{problem}})',
      failedBars_other:
        '{{count}} Annahmen konnten an einem ihrer Enden nicht berechnet werden und werden nicht gezeigt: {{figures}} ({{problem}})',
      chartTitle: 'Sensitivität: {{kpi}}',
      descriptionRanges:
        'Abweichung der Kennzahl vom Szenario, jede unsichere Zahl auf ihrem tiefen und dann hohen Wert (P10 und P90 bei Normal- und Log-Normalverteilung).',
      descriptionRelative:
        'Abweichung der Kennzahl vom Szenario, jede Zahl bei −{{swing}} % und dann +{{swing}} %.',
      lowEnd: 'Tiefe Annahme',
      highEnd: 'Hohe Annahme',
      axis: 'Abweichung vom Szenario',
      figure: 'Annahme',
      showAll: 'Alle {{count}} Annahmen anzeigen',
      showTop: 'Nur die ersten {{count}} anzeigen',
    },
    solver: {
      intro:
        'Der günstigste Plan aus Anstellungen, Ausbildungseintritten und zusätzlichen Werkbänken, der jedes Engpassjahr im Zeitraum beseitigt. Der Plan wird mit dem Rechenmodell nachgerechnet.',
      mayChange: 'Was der Plan ändern darf',
      allowHires: 'Anstellungen (innerhalb der Marktgrenze)',
      allowIntake: 'Ausbildungseintritte',
      allowBenches: 'Werkbänke (nur ganze)',
      whole: 'Ganze Personen (ganze Einstellungen und Lernende pro Jahr)',
      maxIntake: 'Höchstzahl Eintritte pro Jahr',
      maxIntakeHelp:
        'Leer: die Plätze des Programms, sonst das Doppelte seines grössten heutigen Eintritts (grau angezeigt).',
      benchCost: 'Kosten einer Werkbank',
      benchCostDefault:
        "Leer: die Kosten der letzten geplanten Erweiterung, sonst CHF 25'000 (grau angezeigt).",
      badOption: 'Die Werte müssen positive Zahlen oder null sein.',
      run: 'Günstigsten Plan berechnen',
      solving: 'Wird berechnet…',
      stale:
        'Das Szenario hat sich seit dieser Berechnung geändert: Rechnen Sie neu, bevor Sie den Plan anwenden.',
      feasibleClean: 'Kein Engpassjahr bleibt, und keine Arbeit bleibt liegen.',
      feasibleResidual:
        'Kein Engpassjahr bleibt; höchstens {{fte}} VZÄ nicht geleistete Arbeit ({{year}}) bleiben innerhalb der Toleranz von {{tolerance}}, {{lost}} h verloren über den Horizont.',
      infeasible:
        'Kein Plan beseitigt den Engpass mit diesen Grenzen; dies ist der Plan, der am wenigsten davon übrig lässt.',
      cost: 'Zusätzliche Kosten über den Zeitraum: {{added}} (Gesamtkosten {{total}}).',
      engineDisagrees: 'Achtung: Das Rechenmodell findet mit diesem Plan noch einen Engpass.',
      binding: {
        labourMarket: 'Der Arbeitsmarkt begrenzt die Anstellungen von: {{ids}} (Jahre {{years}}).',
        intakeMaximum: 'Die Höchstzahl Eintritte begrenzt: {{ids}} (Jahre {{years}}).',
        places:
          'Die Plätze von {{ids}} sind die bindende Grenze: Die Lücke lässt sich vor {{until}} nicht allein durch Ausbildung schliessen — Plätze erhöhen oder einstellen.',
        placesHorizon:
          'Die Plätze von {{ids}} sind die bindende Grenze: Die Lücke lässt sich im Horizont nicht allein durch Ausbildung schliessen — Plätze erhöhen oder einstellen.',
        trainingTime:
          'Ausbildungsdauer: Selbst ohne Grenze bei den Eintritten bleibt {{years}} ein Engpass — jetzt aufgenommene Lernende kommen zu spät.',
        benches:
          'Neue Werkbänke sind nicht erlaubt und die Arbeitsplätze sind die Grenze: Mehr Personen bräuchten Plätze, die die Werkstatt nicht hat.',
        hiresNotAllowed:
          'Anstellungen sind in diesem Plan nicht erlaubt: Einstellen würde weniger Arbeit liegen lassen.',
        intakeNotAllowed:
          'Zusätzliche Lernende sind in diesem Plan nicht erlaubt: Mehr ausbilden würde weniger Arbeit liegen lassen.',
        turnaroundTarget:
          'Die Ziel-Reparaturdauer liegt unter der Grund-Reparaturdauer: Jedes Jahr zählt als Engpass.',
      },
      kpiCaption: 'Kennzahlen vor und nach dem Plan',
      before: 'Szenario',
      after: 'Mit dem Plan',
      planTitle: 'Der Plan',
      emptyPlan: 'Nichts hinzuzufügen: Das Szenario hat keinen Engpass.',
      hiresCaption: 'Zusätzliche Anstellungen nach Stufe und Jahr',
      intakeCaption: 'Zusätzliche Eintritte nach Programm und Jahr',
      benchesCaption: 'Zusätzliche Werkbänke',
      totalAfter: '(Total {{value}})',
      deadlineCaption: 'Letztes Entscheidungsjahr pro Programm',
      programme: 'Programm',
      lastIntakeYear: 'Letzter nützlicher Ausbildungsbeginn',
      deadlineStatus: 'Frist',
      deadline: {
        open_zero: 'Letzte Gelegenheit: jetzt entscheiden, für den Ausbildungsbeginn {{year}}.',
        open_one:
          'Noch möglich: spätestens für den Ausbildungsbeginn {{year}} entscheiden (ein Jahr Spielraum).',
        open_other:
          'Noch möglich: spätestens für den Ausbildungsbeginn {{year}} entscheiden ({{count}} Jahre Spielraum).',
        tooLate: 'Zu spät: Jetzt aufgenommene Lernende kämen erst nach {{first}}.',
        noShortage: 'Kein Engpass im Zeitraum.',
      },
      applyTitle: 'Plan anwenden',
      planName: 'Name des neuen Szenarios',
      defaultName: '{{name}} + Plan',
      apply: 'Als neues Szenario anwenden',
      applyHelp:
        'Erstellt ein untergeordnetes Szenario mit den Anstellungen, Eintritten und Werkbänken des Plans (ein Schritt, der sich rückgängig machen lässt).',
      applied: 'Plan angewendet: Das Szenario «{{name}}» wird angezeigt.',
      note: 'Solver-Plan für «{{source}}»: +{{hires}} VZÄ angestellt, +{{students}} Lernende, +{{benches}} Werkbänke; zusätzliche Kosten {{cost}}.',
    },
    institute: {
      intro:
        'Wie viele Lernende muss jedes Programm jedes Jahr im Rahmen seiner Plätze aufnehmen, um die Lücke allein durch Ausbildung (ohne Anstellungen) zu decken, unter Berücksichtigung der Abbrüche und des Anteils der Absolventen, die in die Werkstätten eintreten?',
      run: 'Nötige Eintritte neu berechnen',
      whole: 'Ganze Lernende pro Jahr',
      noProgramme: 'Dieses Szenario hat kein Ausbildungsprogramm.',
      feasible: 'Die Ausbildung allein kann die Lücke decken.',
      infeasible: 'Die Ausbildung allein deckt nicht die ganze Lücke:',
      programmesCaption: 'Programme: Abbrüche und eintretende Absolventen',
      joinPer100: 'Eintritte pro 100 Aufgenommene',
      chartTitle: 'Nötige Eintritte pro Programm',
      chartDescription:
        'Balken: jedes Jahr aufzunehmende Lernende; gestrichelte Linien: die heutigen Eintritte.',
      neededOf: '{{programme}}: nötig',
      currentOf: '{{programme}}: heute',
      axis: 'Aufgenommene Lernende pro Jahr',
      tableCaption: 'Eintritte pro Jahr: heutige und nötige',
      current: 'heute',
      needed: 'nötig',
      places: 'Plätze',
    },
  },
}
