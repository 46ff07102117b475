// English text of the charts' "why"; the type makes a missing or extra key a compile error.
import type { chartsFr } from './charts.fr'
import type { Shape } from './shape'

export const chartsEn: Shape<typeof chartsFr> = {
  charts: {
    why: {
      column: 'Why',
      shortage: 'Shortage:',
      notShortage:
        'Not a shortage: gap {{gap}} FTE, unserved {{share}} ≤ tolerance {{tolerance}}, turnaround {{weeks}} wk ≤ promise {{target}} wk',
      gradeOnly: 'Grade short (the status is computed on the workshop):',
      gradeUnserved: '{{grade}}: short {{gap}} FTE, unserved {{share}} > tolerance {{tolerance}}',
      gradeLate: '{{grade}}: turnaround {{weeks}} wk > promise {{target}} wk',
      gradeStuck: '{{grade}}: nothing served, the backlog waits (no turnaround)',
      workshopUnserved: 'Workshop: unserved {{share}} > tolerance {{tolerance}}',
      workshopLate: 'Workshop: turnaround {{weeks}} wk > promise {{target}} wk',
      moreGrades_one: '… and {{count}} more grade',
      moreGrades_other: '… and {{count}} more grades',
      cascade: 'Grade mismatch: {{idle}} h stay idle, but a lower grade cannot do a higher grade’s work',
      benches: 'Benches bind: capacity cut to {{share}}',
    },
  },
}
