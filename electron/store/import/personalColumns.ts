// Which column headers could identify a person (FR/EN/DE): such columns are dropped before anything is stored.

/** Lower case, no accents, words split on anything that is not a letter or digit and on camelCase. */
export function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
}

/** A header's words joined: 'Date of birth' → 'dateofbirth', 'E-Mail' → 'email'. */
export function normalizeHeader(header: string): string {
  return headerWords(header).join('')
}

/** Whole words that mark a personal column. */
const PERSONAL_WORDS = new Set([
  // names
  'name',
  'names',
  'nom',
  'noms',
  'prenom',
  'prenoms',
  'vorname',
  'nachname',
  'surname',
  'firstname',
  'lastname',
  'forename',
  'familienname',
  'patronyme',
  // identifiers
  'id',
  'ids',
  'matricule',
  'personalnummer',
  'personnelnumber',
  'employeeid',
  'badge',
  'uid',
  // contact
  'email',
  'mail',
  'courriel',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'natel',
  'handy',
  'telefon',
  'portable',
  'address',
  'adresse',
  'street',
  'rue',
  'strasse',
  'wohnort',
  'domicile',
  // birth and social security
  'dob',
  'birthday',
  'birthdate',
  'geburtsdatum',
  'geburtstag',
  'naissance',
  'avs',
  'ahv',
  'ssn',
  'iban',
  'nss',
  'sozialversicherungsnummer',
])

/** Joined forms of multi-word headers that mark a personal column. */
const PERSONAL_PHRASES = [
  'firstname',
  'lastname',
  'givenname',
  'familyname',
  'fullname',
  'employeeid',
  'employeeno',
  'employeenumber',
  'staffid',
  'staffnumber',
  'personnelnumber',
  'personalnummer',
  'mitarbeiternummer',
  'emailaddress',
  'email',
  'dateofbirth',
  'birthdate',
  'datedenaissance',
  'datenaissance',
  'geburtsdatum',
  'phonenumber',
  'socialsecurity',
  'numeroavs',
  'noavs',
  'ahvnummer',
  'ahvnr',
  'postaladdress',
  'adressepostale',
  'nomcomplet',
  'numerodemploye',
]

/**
 * True when a column could identify a person: a name, an identifier, contact details, a birth date or a
 * social-security number. Deliberately broad — a column dropped by mistake costs nothing, since imports
 * only ever use the columns they name.
 */
export function isPersonalColumn(header: string): boolean {
  const words = headerWords(header)
  if (words.some((w) => PERSONAL_WORDS.has(w))) return true
  const joined = words.join('')
  return PERSONAL_PHRASES.some((p) => joined.includes(p))
}
