// German text of the charts' "why"; the type makes a missing or extra key a compile error.
import type { chartsFr } from './charts.fr'
import type { Shape } from './shape'

export const chartsDe: Shape<typeof chartsFr> = {
  charts: {
    why: {
      column: 'Warum',
      shortage: 'Engpass:',
      notShortage:
        'Kein Engpass: Lücke {{gap}} VZÄ, nicht bedient {{share}} ≤ Toleranz {{tolerance}}, Reparaturdauer {{weeks}} Wo. ≤ Zusage {{target}} Wo.',
      gradeOnly: 'Stufe im Engpass (der Status gilt für die Werkstatt):',
      gradeUnserved: '{{grade}}: fehlen {{gap}} VZÄ, nicht bedient {{share}} > Toleranz {{tolerance}}',
      gradeLate: '{{grade}}: Reparaturdauer {{weeks}} Wo. > Zusage {{target}} Wo.',
      gradeStuck: '{{grade}}: nichts bedient, der Rückstand wartet (keine Reparaturdauer)',
      workshopUnserved: 'Werkstatt: nicht bedient {{share}} > Toleranz {{tolerance}}',
      workshopLate: 'Werkstatt: Reparaturdauer {{weeks}} Wo. > Zusage {{target}} Wo.',
      moreGrades_one: '… und {{count}} weitere Stufe',
      moreGrades_other: '… und {{count}} weitere Stufen',
      cascade:
        'Stufen passen nicht: {{idle}} h bleiben frei, aber eine tiefere Stufe kann die Arbeit einer höheren nicht übernehmen',
      benches: 'Werkbänke begrenzen: Kapazität auf {{share}} gesenkt',
    },
  },
}
