// English UI text; same keys as fr.ts (the type checks it).
import type { fr } from './fr'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const en: Shape<typeof fr> = {
  app: {
    tagline:
      'Forecast watch after-sales service: when the workshop will run out of watchmakers, and what to do.',
    loading: 'Loading…',
    version: 'Version',
    transport: 'Connection',
    transportElectron: 'desktop app',
    transportHttp: 'browser mode (127.0.0.1)',
    dataDir: 'Data folder',
    recent: 'Recent files',
    noRecent: 'No recent files.',
    missingFile: 'missing',
    language: 'Language',
    errorTitle: 'Établi cannot start',
    missingToken:
      'Open this page with the full address printed by “npm start” or “npm run web” (it carries an access token).',
  },
}
