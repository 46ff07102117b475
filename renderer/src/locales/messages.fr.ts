// French text of the store's failures (by the reasons of shared/workspace/storeReasons.ts), the read-only reasons and the fallback per error code.

export const messagesFr = {
  words: {
    /** Import files that cannot be read at all (electron/store/import/readTable.ts). */
    import: {
      file: {
        noData: 'le fichier ne contient aucune donnée',
        csvMalformed: 'le fichier CSV est mal formé près de la ligne {{line}} (guillemets non refermés)',
        excelUnreadable: 'le fichier Excel ne peut pas être lu',
        tooLarge: 'le fichier dépasse {{megabytes}} Mo ; un tableau d’import est bien plus petit',
        oldExcel:
          'les anciens fichiers Excel (.xls) ne peuvent pas être lus : enregistrez la feuille en .xlsx ou .csv',
      },
    },
    store: {
      fileFolder: '{{file}} est un dossier ou un périphérique, pas un fichier d’espace de travail.',
      fileMissing: 'Le fichier {{file}} n’existe pas ou ne peut pas être lu.',
      fileEmpty: '{{file}} est vide : ce n’est pas un espace de travail Établi.',
      notSqlite: '{{file}} n’est pas un espace de travail Établi (ce n’est pas une base SQLite).',
      otherApp:
        '{{file}} est une base SQLite d’une autre application, pas un espace de travail Établi ; il n’a pas été modifié.',
      truncated:
        '{{file}} est endommagé (tronqué) ; il n’a pas été modifié. Restaurez-le depuis une sauvegarde.',
      unreadable: '{{file}} ne peut pas être lu ; il n’a pas été modifié.',
      damagedFile: 'Le fichier est endommagé ; rien n’a été enregistré. Restaurez-le depuis une sauvegarde.',
      noTables:
        '{{file}} porte la marque d’Établi mais pas ses tables : ce n’est pas un espace de travail ; il n’a pas été modifié.',
      notReplaceable:
        '{{file}} n’est pas un espace de travail Établi : il n’a pas été remplacé. Choisissez un autre nom.',
      upgradeFailed:
        '{{file}} n’a pas pu être mis au format {{version}} ; il est resté tel quel, sans copie de sauvegarde.',
      fileExists: '{{file}} existe déjà.',
      fileInUse: '{{file}} est ouvert dans une autre fenêtre d’Établi : il ne peut pas être remplacé.',
      diskFull:
        'Le disque est plein : la modification n’a pas été enregistrée. Libérez de la place et réessayez.',
      cannotWrite: 'Le fichier ne peut pas être écrit : la modification n’a pas été enregistrée.',
      busy: 'Un autre programme verrouille le fichier : la modification n’a pas été enregistrée.',
      saveFailed: 'La modification n’a pas pu être enregistrée.',
      closed: 'L’espace de travail est fermé.',
      readOnly: 'L’espace de travail est ouvert en lecture seule : {{why}}',
      frozen:
        '{{scenario}} est une version figée : elle ne peut pas être modifiée. Dupliquez-la pour modifier une copie.',
      nameEmpty: 'Un scénario doit avoir un nom.',
      nameTaken: 'Il existe déjà un scénario nommé {{name}}.',
      noScenario: 'Ce scénario n’existe plus : affichez la liste à nouveau.',
      noBase: 'L’espace de travail n’a pas de scénario de base.',
      noParent: 'Le scénario {{scenario}} n’a pas de parent utilisable.',
      baseDelete: 'Le scénario de base ne peut pas être supprimé.',
      orderIncomplete: 'Le nouvel ordre doit citer chaque scénario une seule fois.',
      noValue: 'Il n’y a aucune valeur à modifier.',
      invalidPath: 'ce champ n’existe pas dans ce scénario',
      valueMissing: 'la valeur manque',
      givenTwice: 'ce champ est donné deux fois',
      leverStale: 'Ces valeurs ne sont plus celles du levier : affichez le scénario à nouveau.',
      templateNoChange: 'Le modèle « {{template}} » ne change rien dans {{scenario}}.',
      importNothing: 'Rien à importer : {{scenario}} a déjà ces valeurs.',
      importExpired:
        'Cet aperçu d’import n’est plus disponible (il avait des erreurs, ou a été remplacé) : prévisualisez le fichier à nouveau.',
      actualsNothing: 'Rien à importer : le réalisé contient déjà ces chiffres.',
      actualsMisfit: 'Le réalisé ne correspond pas à ce scénario ; rien n’a été enregistré.',
      actualsNone: 'Il n’y a pas encore de réalisé : saisissez-en ou importez-en d’abord.',
      fitNoParameter: 'Choisissez au moins un paramètre à ajuster.',
      fitFailed: 'L’ajustement n’a pas pu être calculé avec ce réalisé.',
      uncertaintySame: '{{scenario}} a déjà ces chiffres incertains.',
      exportNone: 'Choisissez au moins un scénario à exporter.',
      exportJsonOne: 'Un export JSON contient exactement un scénario.',
      exportInvalid: '{{scenario}} ne peut pas être projeté : corrigez d’abord ses valeurs.',
      invalidInput: 'Le scénario {{scenario}} n’est pas valable.',
      holdsOverrides: 'Le scénario {{scenario}} contient des modifications, pas des valeurs complètes.',
      damagedPart:
        'Une partie de l’espace de travail ne peut pas être lue (le fichier a été modifié hors d’Établi) ; le reste n’est pas touché.',
      noReset: '{{scenario}} n’a pas de parent dont reprendre la valeur.',
      noOverride: '{{scenario}} ne modifie pas ce champ',
      noWorkspace: 'Aucun espace de travail n’est ouvert.',
      noSample: 'Cet exemple n’existe pas.',
      desktopOnly:
        'Ceci demande l’application de bureau : dans un navigateur, utilisez les boutons de fichier.',
      fileTooLarge: 'Le fichier dépasse {{megabytes}} Mio.',
      saveExpired: 'Ce choix d’« Enregistrer sous » a expiré : choisissez le fichier à nouveau.',
      noFolder: 'Le dossier {{folder}} n’existe pas.',
      upgraded:
        'Le fichier a été mis au format {{version}} ; la version précédente a été gardée sous {{backup}}.',
      folderRelative: 'Le dossier doit être donné par son chemin complet.',
      requestInvalid: '{{why}} ; rien n’a été modifié.',
    },
    /** The read-only banner, by ReadOnlyReason code. */
    readOnly: {
      'in-use':
        'ce fichier est déjà ouvert dans une autre fenêtre d’Établi. Fermez-le là-bas pour le modifier.',
      'in-use-host':
        'ce fichier est déjà ouvert dans une autre fenêtre d’Établi (sur {{host}}). Fermez-le là-bas pour le modifier.',
      'newer-version':
        'ce fichier a été écrit par une version plus récente d’Établi (format {{version}}). Mettez Établi à jour pour le modifier.',
      'not-writable': 'le fichier ou son dossier ne peut pas être écrit.',
      requested: 'ouvert en lecture seule à votre demande.',
    },
    /** A request refused as invalid (shared/ipc/requestReason.ts): the field it is about and what was wrong. */
    request: {
      field: {
        name: 'Nom',
        note: 'Note',
        fileName: 'Nom du fichier',
        file: 'Fichier',
        folder: 'Dossier',
        language: 'Langue',
        scenario: 'Scénario',
        template: 'Modèle',
        lever: 'Levier global',
        importKind: 'Type d’import',
        actuals: 'Chiffres relevés',
        calibration: 'Calibrage',
        export: 'Export',
        sample: 'Exemple',
        uncertainty: 'Chiffres incertains',
        solverOptions: 'Options du solveur',
        plan: 'Plan',
      },
      kind: {
        tooLong: '{{limit}} caractères au plus sont admis',
        empty: 'une valeur est requise',
        tooLarge: 'la valeur doit être au plus {{limit}}',
        tooSmall: 'la valeur doit être au moins {{limit}}',
        tooMany: '{{limit}} éléments au plus sont admis',
        tooFew: 'au moins {{limit}} élément est requis',
        format: 'la valeur n’a pas la forme attendue',
        type: 'la valeur n’est pas du bon type',
        choice: 'la valeur ne fait pas partie des choix proposés',
        unknownField: 'la demande contient un champ qu’Établi ne connaît pas',
        importFileType: 'seuls les fichiers .csv et .xlsx peuvent être importés',
        workspaceFileType: 'seuls les espaces de travail Établi (fichiers .etabli) peuvent être ouverts',
        fileNameFolders: 'un nom de fichier sans dossier est attendu (ni / ni \\)',
        fileTooLarge: 'le fichier dépasse 12 Mo ; un import ou un espace de travail est bien plus petit',
        other: 'la demande n’est pas valable',
      },
    },
    /** A failure without a reason, by its IPC code: a sentence in the UI language rather than the English message. */
    failure: {
      UNKNOWN_CHANNEL: 'Établi n’a pas compris la demande. Redémarrez l’application.',
      INVALID_REQUEST: 'Cette demande n’est pas valable ; rien n’a été modifié.',
      INVALID_INPUT: 'Ces valeurs ne sont pas valables ; rien n’a été modifié.',
      NOT_FOUND: 'Ce qui est demandé n’existe pas ou plus.',
      READ_ONLY: 'L’espace de travail est en lecture seule ; rien n’a été modifié.',
      NOT_A_WORKSPACE: 'Ce fichier n’est pas un espace de travail Établi lisible ; il n’a pas été modifié.',
      IO_ERROR: 'Le fichier ne peut pas être lu ou écrit ; rien n’a été enregistré.',
      CONFLICT: 'Ce nom ou ce fichier existe déjà ; rien n’a été modifié.',
      DAMAGED:
        'Une partie de l’espace de travail ne peut pas être lue (le fichier a été modifié hors d’Établi) ; le reste n’est pas touché.',
      INTERNAL: 'Une erreur inattendue s’est produite ; rien n’a été modifié.',
    },
  },
}
