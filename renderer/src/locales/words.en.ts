// English text of formula errors (by the codes of shared/engine/formulaErrors.ts), projection overflows (shared/model/problems.ts) and the names of the ids the samples define beyond the main ones.
import type { wordsFr } from './words.fr'
import type { Shape } from './shape'

export const wordsEn: Shape<typeof wordsFr> = {
  names: {
    reception: 'Reception',
    polisher: 'Polisher',
    control: 'Control',
    'customer-relations': 'Customer advice',
    polishing: 'Polishing',
    'final-control': 'Final control',
    certification: 'Certification',
    inspection: 'Pre-sale inspection',
    intake: 'Intake and quote',
    'strap-battery': 'Strap or battery',
    regulation: 'Regulation',
    crystal: 'Crystal',
    dial: 'Dial',
    'full-service': 'Full service',
    'pre-owned': 'Pre-owned',
  },
  words: {
    import: {
      idMissing: 'the {{what}} is missing',
      unknownId: 'unknown {{what}} “{{text}}”; this scenario has: {{known}}',
      valueMissing: 'the value is missing',
      notNumber: '“{{text}}” is not a number',
      notWhole: '{{value}} must be a whole number',
      atLeast: '{{value}} must be at least {{min}}',
      between: '{{value}} must be between {{min}} and {{max}}',
      outsideYears: '{{year}} is outside the scenario’s years ({{first}}–{{last}})',
      secondRow: 'a second row for {{id}} in {{year}} (the first is on line {{earlier}})',
      mustStart: 'the rows for {{id}} must start with the start year {{year}}',
      yearGap: 'no row for {{id}} in {{year}}: the years must follow each other',
      fromZero: '{{id}} rises from 0 in {{year}} to {{value}}: a growth rate cannot express that',
      columnMissing: 'the column “{{field}}” is missing (accepted headers: {{aliases}})',
      marketColumns: 'a market file needs a “newSales” or a “preOwned” column, or both',
      noRosterRows: 'the file has no roster rows',
      what: { segment: 'segment', grade: 'grade', programme: 'programme' },
    },
    actualsTable: {
      at: 'Line {{line}}, column {{column}}: {{reason}}',
      headerTwice: 'the column appears twice in the header; keep one',
      headerMissing: 'the column is missing from the header (it needs year, metric, key and value)',
      empty: 'the cell is empty',
      notMetric: '“{{text}}” is not a known figure; allowed: {{metrics}}',
      notYear: '“{{text}}” is not a year (a whole number such as 2026)',
      comma: "“{{text}}” has a comma; write decimals with a point (1'234.5)",
      notNumber: '“{{text}}” is not a number',
      negative: '{{text}} is negative; a recorded figure is 0 or more',
      repeated: 'the same figure is already given on line {{earlier}}',
    },
    actuals: {
      unknownKey: '{{figure}}, {{year}}: this row does not exist in the base scenario; nothing was written',
      repeated: '{{figure}}, {{year}}: the figure is given twice; nothing was written',
      totalAndBreakdown:
        '{{figure}}, {{year}}: give either the workshop total or the figures {{by}}, not both; nothing was written',
      negative:
        '{{figure}}, {{year}}: “{{text}}” is negative; a recorded figure is 0 or more; nothing was written',
      by: {
        segment: 'by segment',
        grade: 'by grade',
        programme: 'by programme',
        workshop: 'in detail',
      },
    },
    engine: {
      overflow:
        'the figures grow beyond what can be computed in {{year}}; check growth rates and very large or very small values',
      totalsOverflow:
        'the total lost hours, cost or revenue grow beyond what can be computed; check very large values',
    },
    formula: {
      loading: 'formulas are still loading; the value is checked in a moment',
      empty: 'the formula is empty',
      tooLong: 'the formula has {{length}} characters; at most {{max}} are allowed',
      unexpectedEnd:
        'the formula cannot be read: it stops before it is complete (character {{char}}); a value or a parenthesis is missing',
      parenthesisExpected:
        'the formula cannot be read: a closing parenthesis “)” is missing (character {{char}})',
      valueExpected: 'the formula cannot be read: a number, t or year is expected at character {{char}}',
      unexpectedOperator: 'the formula cannot be read: “{{symbol}}” is not expected at character {{char}}',
      unexpectedPart:
        'the formula cannot be read: “{{symbol}}” is not expected at character {{char}} (is an operator missing?)',
      conditionalIncomplete:
        'the formula cannot be read: the condition c ? a : b is incomplete, the part after “:” is missing (character {{char}})',
      syntax: 'the formula cannot be read: error at character {{char}}',
      assigns: 'the formula assigns a value (=); it must be a single expression (== to compare)',
      refusedPart:
        'the formula uses {{what}}; only numbers, t, year, arithmetic, comparisons, and/or/not and c ? a : b are allowed',
      refusedFunction:
        'the formula calls a function that is not allowed: {{names}}; allowed functions: min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan',
      unknownName:
        'the formula uses an unknown name: {{names}}; only t, year, pi, e and the functions min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan are allowed',
      argumentCount: 'the function {{fn}} gets the wrong number of values in {{year}} (t = {{t}}){{more}}',
      argumentType: 'the function {{fn}} gets a value of the wrong type in {{year}} (t = {{t}}){{more}}',
      evaluation: 'the formula cannot be computed in {{year}} (t = {{t}}){{more}}',
      notNumber: 'the formula gives {{what}} in {{year}} (t = {{t}}){{more}}; it must give a finite number',
      part: {
        matrix: 'a matrix ([…])',
        range: 'a range (a:b)',
        object: 'an object ({…})',
        indexing: 'indexing (x[…] or x.y)',
        block: 'several expressions (; or a new line)',
        text: 'text ({{symbol}})',
        operator: 'the operator “{{symbol}}”',
        computedFunction: 'a computed function',
        other: 'a construct that is not allowed ({{symbol}})',
      },
      kind: {
        infinite: 'an infinite value (a division by zero?)',
        notANumber: 'an undefined value (0 / 0?)',
        boolean: 'true or false (a comparison without ? :)',
        text: 'text',
        complex: 'a complex number (root or log of a negative number?)',
        matrix: 'several values',
        unit: 'a quantity with a unit',
        function: 'a function',
        nothing: 'no value',
        other: 'something other than a number',
      },
    },
  },
}
