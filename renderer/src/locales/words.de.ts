// German text of formula errors (by the codes of shared/engine/formulaErrors.ts), projection overflows (shared/model/problems.ts) and the names of the ids the samples define beyond the main ones.
import type { wordsFr } from './words.fr'
import type { Shape } from './shape'

export const wordsDe: Shape<typeof wordsFr> = {
  names: {
    reception: 'Empfang',
    polisher: 'Polierer/in',
    control: 'Kontrolle',
    'customer-relations': 'Kundenberatung',
    polishing: 'Politur',
    'final-control': 'Endkontrolle',
    certification: 'Zertifizierung',
    inspection: 'Prüfung vor dem Wiederverkauf',
    intake: 'Annahme und Kostenvoranschlag',
    'strap-battery': 'Armband oder Batterie',
    regulation: 'Regulierung',
    crystal: 'Glas',
    dial: 'Zifferblatt',
    'full-service': 'Vollrevision',
    'pre-owned': 'Gebrauchtuhren',
  },
  words: {
    import: {
      idMissing: '{{what}} fehlt',
      unknownId: 'unbekannt: {{what}} «{{text}}»; dieses Szenario hat: {{known}}',
      valueMissing: 'der Wert fehlt',
      notNumber: '«{{text}}» ist keine Zahl',
      notWhole: '{{value}} muss eine ganze Zahl sein',
      atLeast: '{{value}} muss mindestens {{min}} sein',
      between: '{{value}} muss zwischen {{min}} und {{max}} liegen',
      outsideYears: '{{year}} liegt ausserhalb der Jahre des Szenarios ({{first}}–{{last}})',
      secondRow: 'eine zweite Zeile für {{id}} im Jahr {{year}} (die erste steht in Zeile {{earlier}})',
      mustStart: 'die Zeilen für {{id}} müssen mit dem Startjahr {{year}} beginnen',
      yearGap: 'keine Zeile für {{id}} im Jahr {{year}}: die Jahre müssen aufeinander folgen',
      fromZero:
        '{{id}} steigt von 0 im Jahr {{year}} auf {{value}}: eine Wachstumsrate kann das nicht ausdrücken',
      columnMissing: 'die Spalte «{{field}}» fehlt (akzeptierte Kopfzeilen: {{aliases}})',
      marketColumns: 'eine Marktdatei braucht eine Spalte «newSales» oder «preOwned», oder beide',
      noRosterRows: 'die Datei hat keine Zeilen zum Personalbestand',
      what: { segment: 'Segment', grade: 'Beruf', programme: 'Programm' },
    },
    actualsTable: {
      at: 'Zeile {{line}}, Spalte {{column}}: {{reason}}',
      headerTwice: 'die Spalte steht zweimal in der Kopfzeile; eine behalten',
      headerMissing: 'die Spalte fehlt in der Kopfzeile (nötig sind year, metric, key und value)',
      empty: 'die Zelle ist leer',
      notMetric: '«{{text}}» ist keine bekannte Zahl; erlaubt: {{metrics}}',
      notYear: '«{{text}}» ist kein Jahr (eine ganze Zahl wie 2026)',
      comma: "«{{text}}» hat ein Komma; Dezimalstellen mit Punkt schreiben (1'234.5)",
      notNumber: '«{{text}}» ist keine Zahl',
      negative: '{{text}} ist negativ; eine erfasste Zahl ist 0 oder mehr',
      repeated: 'dieselbe Zahl steht schon in Zeile {{earlier}}',
    },
    actuals: {
      unknownKey:
        '{{figure}}, {{year}}: diese Zeile gibt es im Basisszenario nicht; nichts wurde geschrieben',
      repeated: '{{figure}}, {{year}}: die Zahl ist doppelt angegeben; nichts wurde geschrieben',
      totalAndBreakdown:
        '{{figure}}, {{year}}: entweder das Total der Werkstatt oder die Zahlen {{by}} angeben, nicht beides; nichts wurde geschrieben',
      negative:
        '{{figure}}, {{year}}: «{{text}}» ist negativ; eine erfasste Zahl ist 0 oder mehr; nichts wurde geschrieben',
      by: {
        segment: 'nach Segment',
        grade: 'nach Beruf',
        programme: 'nach Programm',
        workshop: 'im Detail',
      },
    },
    engine: {
      overflow:
        'die Zahlen werden {{year}} zu gross, um berechnet zu werden; prüfen Sie die Wachstumsraten und sehr grosse oder sehr kleine Werte',
      totalsOverflow:
        'die verlorenen Stunden, Kosten oder Erlöse insgesamt werden zu gross, um berechnet zu werden; prüfen Sie sehr grosse Werte',
    },
    formula: {
      loading: 'die Formeln werden noch geladen; der Wert wird gleich geprüft',
      empty: 'die Formel ist leer',
      tooLong: 'die Formel hat {{length}} Zeichen; höchstens {{max}} sind erlaubt',
      unexpectedEnd:
        'die Formel kann nicht gelesen werden: sie endet, bevor sie vollständig ist (Zeichen {{char}}); ein Wert oder eine Klammer fehlt',
      parenthesisExpected:
        'die Formel kann nicht gelesen werden: eine schliessende Klammer «)» fehlt (Zeichen {{char}})',
      valueExpected:
        'die Formel kann nicht gelesen werden: bei Zeichen {{char}} wird eine Zahl, t oder year erwartet',
      unexpectedOperator:
        'die Formel kann nicht gelesen werden: «{{symbol}}» ist bei Zeichen {{char}} nicht erwartet',
      unexpectedPart:
        'die Formel kann nicht gelesen werden: «{{symbol}}» ist bei Zeichen {{char}} nicht erwartet (fehlt ein Operator?)',
      conditionalIncomplete:
        'die Formel kann nicht gelesen werden: die Bedingung c ? a : b ist unvollständig, der Teil nach «:» fehlt (Zeichen {{char}})',
      syntax: 'die Formel kann nicht gelesen werden: Fehler bei Zeichen {{char}}',
      assigns: 'die Formel weist einen Wert zu (=); sie muss ein einziger Ausdruck sein (== zum Vergleichen)',
      refusedPart:
        'die Formel verwendet {{what}}; erlaubt sind nur Zahlen, t, year, Arithmetik, Vergleiche, and/or/not und c ? a : b',
      refusedFunction:
        'die Formel ruft eine nicht erlaubte Funktion auf: {{names}}; erlaubte Funktionen: min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan',
      unknownName:
        'die Formel verwendet einen unbekannten Namen: {{names}}; erlaubt sind nur t, year, pi, e und die Funktionen min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan',
      argumentCount: 'die Funktion {{fn}} erhält für {{year}} (t = {{t}}){{more}} eine falsche Anzahl Werte',
      argumentType: 'die Funktion {{fn}} erhält für {{year}} (t = {{t}}){{more}} einen Wert vom falschen Typ',
      evaluation: 'die Formel kann für {{year}} (t = {{t}}){{more}} nicht berechnet werden',
      notNumber:
        'die Formel ergibt für {{year}} (t = {{t}}){{more}} {{what}}; sie muss eine endliche Zahl ergeben',
      part: {
        matrix: 'eine Matrix ([…])',
        range: 'einen Bereich (a:b)',
        object: 'ein Objekt ({…})',
        indexing: 'einen indizierten Zugriff (x[…] oder x.y)',
        block: 'mehrere Ausdrücke (; oder ein Zeilenumbruch)',
        text: 'Text ({{symbol}})',
        operator: 'den Operator «{{symbol}}»',
        computedFunction: 'eine berechnete Funktion',
        other: 'ein nicht erlaubtes Konstrukt ({{symbol}})',
      },
      kind: {
        infinite: 'einen unendlichen Wert (Division durch null?)',
        notANumber: 'einen undefinierten Wert (0 / 0?)',
        boolean: 'wahr oder falsch (ein Vergleich ohne ? :)',
        text: 'Text',
        complex: 'eine komplexe Zahl (Wurzel oder Logarithmus einer negativen Zahl?)',
        matrix: 'mehrere Werte',
        unit: 'eine Grösse mit Einheit',
        function: 'eine Funktion',
        nothing: 'keinen Wert',
        other: 'etwas anderes als eine Zahl',
      },
    },
  },
}
