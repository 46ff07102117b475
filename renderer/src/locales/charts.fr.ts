// French text of the charts' "why": why a shaded year is a shortage (grade, tolerance, promise, cascade, benches) and why a gap year is not.
export const chartsFr = {
  charts: {
    why: {
      column: 'Pourquoi',
      shortage: 'Pénurie :',
      notShortage:
        'Pas une pénurie : écart {{gap}} ETP, non servi {{share}} ≤ tolérance {{tolerance}}, délai {{weeks}} sem. ≤ promesse {{target}} sem.',
      gradeOnly: 'Grade en pénurie (le statut se calcule sur l’atelier) :',
      gradeUnserved: '{{grade}} : manque {{gap}} ETP, non servi {{share}} > tolérance {{tolerance}}',
      gradeLate: '{{grade}} : délai {{weeks}} sem. > promesse {{target}} sem.',
      gradeStuck: '{{grade}} : rien de servi, l’arriéré attend (délai sans fin)',
      workshopUnserved: 'Atelier : non servi {{share}} > tolérance {{tolerance}}',
      workshopLate: 'Atelier : délai {{weeks}} sem. > promesse {{target}} sem.',
      moreGrades_one: '… et {{count}} autre grade',
      moreGrades_other: '… et {{count}} autres grades',
      cascade:
        'Inadéquation des grades : {{idle}} h restent libres, mais un grade inférieur ne fait pas le travail d’un grade supérieur',
      benches: 'Établis limitants : capacité ramenée à {{share}}',
    },
  },
}
