// The columns each import kind reads, by field, with the headers accepted for each in FR, EN and DE.
import type { ImportKind } from '../../../shared/workspace/types'

interface FieldSpec {
  /** Normalized headers (see normalizeHeader) accepted for this field, FR/EN/DE. */
  aliases: string[]
  required: boolean
}

export const FIELDS: Record<ImportKind, Record<string, FieldSpec>> = {
  market: {
    segment: {
      aliases: ['segment', 'segmentid', 'segments', 'marktsegment', 'famille', 'family'],
      required: true,
    },
    year: { aliases: ['year', 'annee', 'jahr', 'an'], required: true },
    newSales: {
      aliases: [
        'newsales',
        'new',
        'sales',
        'ventesneuves',
        'ventes',
        'neuf',
        'neuves',
        'neuverkaufe',
        'neuverkauf',
        'verkaufe',
      ],
      required: false,
    },
    preOwned: {
      aliases: [
        'preowned',
        'secondhand',
        'used',
        'occasion',
        'occasions',
        'secondemain',
        'gebraucht',
        'gebrauchtuhren',
        'cpo',
      ],
      required: false,
    },
  },
  roster: {
    grade: { aliases: ['grade', 'level', 'niveau', 'stufe', 'echelon', 'gradeid'], required: true },
    age: { aliases: ['age', 'alter', 'ageyears', 'agean', 'ageans'], required: true },
    fte: {
      aliases: [
        'fte',
        'etp',
        'vza',
        'pensum',
        'fulltimeequivalent',
        'equivalenttempsplein',
        'vollzeitaquivalent',
      ],
      required: false,
    },
  },
  intakes: {
    programme: {
      aliases: [
        'programme',
        'program',
        'programm',
        'programmeid',
        'formation',
        'ausbildung',
        'training',
        'course',
        'filiere',
        'lehrgang',
      ],
      required: true,
    },
    year: { aliases: ['year', 'annee', 'jahr', 'an'], required: true },
    intake: {
      aliases: [
        'intake',
        'intakes',
        'admissions',
        'admis',
        'entrees',
        'eintritte',
        'neueintritte',
        'students',
        'eleves',
      ],
      required: true,
    },
  },
}
