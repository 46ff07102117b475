// French UI text (the default language).
export const fr = {
  app: {
    tagline: 'Prévoir le service après-vente horloger : quand l’atelier manquera d’horlogers, et que faire.',
    loading: 'Chargement…',
    version: 'Version',
    transport: 'Liaison',
    transportElectron: 'application de bureau',
    transportHttp: 'mode navigateur (127.0.0.1)',
    dataDir: 'Dossier de données',
    recent: 'Fichiers récents',
    noRecent: 'Aucun fichier récent.',
    missingFile: 'introuvable',
    language: 'Langue',
    errorTitle: 'Établi ne peut pas démarrer',
    missingToken:
      'Cette page doit être ouverte avec l’adresse complète affichée par « npm start » ou « npm run web » (elle contient un jeton d’accès).',
  },
} as const
