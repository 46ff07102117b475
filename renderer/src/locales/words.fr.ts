// French text of formula errors (by the codes of shared/engine/formulaErrors.ts), projection overflows (shared/model/problems.ts) and the names of the ids the samples define beyond the main ones.
export const wordsFr = {
  names: {
    reception: 'Réception',
    polisher: 'Polisseur/euse',
    control: 'Contrôle',
    'customer-relations': 'Conseil client',
    polishing: 'Polissage',
    'final-control': 'Contrôle final',
    certification: 'Certification',
    inspection: 'Contrôle avant revente',
    intake: 'Accueil et devis',
    'strap-battery': 'Bracelet ou pile',
    regulation: 'Réglage',
    crystal: 'Verre',
    dial: 'Cadran',
    'full-service': 'Révision complète',
    'pre-owned': 'Seconde main',
  },
  words: {
    import: {
      idMissing: 'le {{what}} manque',
      unknownId: 'le {{what}} « {{text}} » n’existe pas ; ce scénario a : {{known}}',
      valueMissing: 'la valeur manque',
      notNumber: '« {{text}} » n’est pas un nombre',
      notWhole: '{{value}} doit être un nombre entier',
      atLeast: '{{value}} doit valoir au moins {{min}}',
      between: '{{value}} doit être entre {{min}} et {{max}}',
      outsideYears: '{{year}} est hors des années du scénario ({{first}}–{{last}})',
      secondRow: 'une deuxième ligne pour {{id}} en {{year}} (la première est à la ligne {{earlier}})',
      mustStart: 'les lignes de {{id}} doivent commencer par l’année de départ {{year}}',
      yearGap: 'aucune ligne pour {{id}} en {{year}} : les années doivent se suivre',
      fromZero: '{{id}} passe de 0 en {{year}} à {{value}} : un taux de croissance ne peut pas l’exprimer',
      columnMissing: 'la colonne « {{field}} » manque (en-têtes acceptés : {{aliases}})',
      marketColumns: 'un fichier de marché demande une colonne « newSales » ou « preOwned », ou les deux',
      noRosterRows: 'le fichier n’a aucune ligne d’effectif',
      what: { segment: 'segment', grade: 'métier', programme: 'programme' },
    },
    actualsTable: {
      at: 'Ligne {{line}}, colonne {{column}} : {{reason}}',
      headerTwice: 'la colonne figure deux fois dans l’en-tête ; gardez-en une',
      headerMissing: 'la colonne manque dans l’en-tête (il faut year, metric, key et value)',
      empty: 'la cellule est vide',
      notMetric: '« {{text}} » n’est pas un chiffre connu ; valeurs admises : {{metrics}}',
      notYear: '« {{text}} » n’est pas une année (un nombre entier comme 2026)',
      comma: "« {{text}} » a une virgule ; écrivez les décimales avec un point (1'234.5)",
      notNumber: '« {{text}} » n’est pas un nombre',
      negative: '{{text}} est négatif ; un chiffre relevé vaut 0 ou plus',
      repeated: 'le même chiffre est déjà donné à la ligne {{earlier}}',
    },
    actuals: {
      unknownKey:
        '{{figure}}, {{year}} : cette ligne n’existe pas dans le scénario de base ; rien n’a été écrit',
      repeated: '{{figure}}, {{year}} : le chiffre est donné deux fois ; rien n’a été écrit',
      totalAndBreakdown:
        '{{figure}}, {{year}} : donnez soit le total de l’atelier, soit les chiffres {{by}}, pas les deux ; rien n’a été écrit',
      negative:
        '{{figure}}, {{year}} : « {{text}} » est négatif ; un chiffre relevé vaut 0 ou plus ; rien n’a été écrit',
      by: {
        segment: 'par segment',
        grade: 'par métier',
        programme: 'par programme',
        workshop: 'détaillés',
      },
    },
    engine: {
      overflow:
        'les chiffres deviennent trop grands pour être calculés en {{year}} ; vérifiez les taux de croissance et les valeurs très grandes ou très petites',
      totalsOverflow:
        'les heures perdues, le coût ou le chiffre d’affaires cumulés deviennent trop grands pour être calculés ; vérifiez les valeurs très grandes',
    },
    formula: {
      loading: 'les formules sont encore en chargement ; la valeur sera vérifiée dans un instant',
      empty: 'la formule est vide',
      tooLong: 'la formule a {{length}} caractères ; {{max}} au plus sont admis',
      unexpectedEnd:
        'la formule ne peut pas être lue : elle s’arrête avant d’être complète (caractère {{char}}) ; il manque une valeur ou une parenthèse',
      parenthesisExpected:
        'la formule ne peut pas être lue : il manque une parenthèse fermante « ) » (caractère {{char}})',
      valueExpected:
        'la formule ne peut pas être lue : un nombre, t ou year est attendu au caractère {{char}}',
      unexpectedOperator:
        'la formule ne peut pas être lue : « {{symbol}} » n’est pas attendu au caractère {{char}}',
      unexpectedPart:
        'la formule ne peut pas être lue : « {{symbol}} » n’est pas attendu au caractère {{char}} (manque-t-il un opérateur ?)',
      conditionalIncomplete:
        'la formule ne peut pas être lue : la condition c ? a : b est incomplète, il manque la partie après « : » (caractère {{char}})',
      syntax: 'la formule ne peut pas être lue : erreur au caractère {{char}}',
      assigns: 'la formule affecte une valeur (=) ; elle doit être une seule expression (== pour comparer)',
      refusedPart:
        'la formule utilise {{what}} ; seuls les nombres, t, year, l’arithmétique, les comparaisons, and/or/not et c ? a : b sont admis',
      refusedFunction:
        'la formule appelle une fonction non admise : {{names}} ; fonctions admises : min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan',
      unknownName:
        'la formule utilise un nom inconnu : {{names}} ; seuls t, year, pi, e et les fonctions min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan sont admis',
      argumentCount: 'la fonction {{fn}} reçoit un mauvais nombre de valeurs en {{year}} (t = {{t}}){{more}}',
      argumentType: 'la fonction {{fn}} reçoit une valeur d’un mauvais type en {{year}} (t = {{t}}){{more}}',
      evaluation: 'la formule ne peut pas être calculée en {{year}} (t = {{t}}){{more}}',
      notNumber:
        'la formule donne {{what}} en {{year}} (t = {{t}}){{more}} ; elle doit donner un nombre fini',
      part: {
        matrix: 'une matrice ([…])',
        range: 'un intervalle (a:b)',
        object: 'un objet ({…})',
        indexing: 'un accès indexé (x[…] ou x.y)',
        block: 'plusieurs expressions (; ou un retour à la ligne)',
        text: 'du texte ({{symbol}})',
        operator: 'l’opérateur « {{symbol}} »',
        computedFunction: 'une fonction calculée',
        other: 'une construction non admise ({{symbol}})',
      },
      kind: {
        infinite: 'une valeur infinie (division par zéro ?)',
        notANumber: 'une valeur indéfinie (0 / 0 ?)',
        boolean: 'vrai ou faux (une comparaison sans ? :)',
        text: 'du texte',
        complex: 'un nombre complexe (racine ou log d’un nombre négatif ?)',
        matrix: 'plusieurs valeurs',
        unit: 'une quantité avec unité',
        function: 'une fonction',
        nothing: 'aucune valeur',
        other: 'autre chose qu’un nombre',
      },
    },
  },
}
