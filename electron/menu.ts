// The native menu in French, English and German, built from plain data so it can be tested without Electron.
import type { MenuItemConstructorOptions } from 'electron'
import type { Language, MenuCommand, RecentFile } from '../shared/ipc/contract'

const labels = {
  fr: {
    file: 'Fichier',
    new: 'Nouveau',
    open: 'Ouvrir…',
    openRecent: 'Ouvrir un fichier récent',
    noRecent: 'Aucun fichier récent',
    saveAs: 'Enregistrer sous…',
    close: 'Fermer',
    importRoster: 'Importer l’effectif…',
    importMarket: 'Importer les volumes du marché…',
    importIntakes: 'Importer les entrées en formation…',
    exportMenu: 'Exporter',
    exportJson: 'Scénario (JSON)…',
    exportCsv: 'Résultats (CSV)…',
    exportXlsx: 'Classeur (XLSX)…',
    report: 'Rapport pour le conseil',
    quit: 'Quitter',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Taille réelle',
    fullScreen: 'Plein écran',
    reload: 'Recharger',
    devTools: 'Outils de développement',
    help: 'Aide',
    about: 'À propos d’Établi',
  },
  en: {
    file: 'File',
    new: 'New',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No recent files',
    saveAs: 'Save As…',
    close: 'Close',
    importRoster: 'Import Roster…',
    importMarket: 'Import Market Volumes…',
    importIntakes: 'Import Training Intakes…',
    exportMenu: 'Export',
    exportJson: 'Scenario (JSON)…',
    exportCsv: 'Results (CSV)…',
    exportXlsx: 'Workbook (XLSX)…',
    report: 'Board Report',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    help: 'Help',
    about: 'About Établi',
  },
  de: {
    file: 'Datei',
    new: 'Neu',
    open: 'Öffnen…',
    openRecent: 'Zuletzt geöffnet',
    noRecent: 'Keine zuletzt geöffneten Dateien',
    saveAs: 'Speichern unter…',
    close: 'Schliessen',
    importRoster: 'Personalbestand importieren…',
    importMarket: 'Marktvolumen importieren…',
    importIntakes: 'Ausbildungseintritte importieren…',
    exportMenu: 'Exportieren',
    exportJson: 'Szenario (JSON)…',
    exportCsv: 'Ergebnisse (CSV)…',
    exportXlsx: 'Arbeitsmappe (XLSX)…',
    report: 'Bericht für den Verwaltungsrat',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederherstellen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Darstellung',
    zoomIn: 'Vergrössern',
    zoomOut: 'Verkleinern',
    resetZoom: 'Originalgrösse',
    fullScreen: 'Vollbild',
    reload: 'Neu laden',
    devTools: 'Entwicklerwerkzeuge',
    help: 'Hilfe',
    about: 'Über Établi',
  },
} as const satisfies Record<Language, Record<string, string>>

export interface MenuOptions {
  language: Language
  /** Reload and developer tools exist only in development builds. */
  isDev: boolean
  isMac: boolean
  recent: readonly RecentFile[]
  /** Runs a command: main handles dialogs, then tells the renderer. */
  run: (command: MenuCommand, path?: string) => void
}

/** The UI language for a system locale: fr-CH, fr-FR… give French, de-CH, de-DE… German, anything else English. */
export function languageOfLocale(locale: string): Language {
  const tag = locale.toLowerCase()
  return tag.startsWith('fr') ? 'fr' : tag.startsWith('de') ? 'de' : 'en'
}

export function menuLabels(language: Language): (typeof labels)[Language] {
  return labels[language]
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const l = labels[options.language]
  const { run } = options
  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: l.noRecent, enabled: false }]
      : options.recent.map((file) => ({
          label: file.name,
          sublabel: file.path,
          enabled: file.exists,
          click: () => run('open-recent', file.path),
        }))
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        { label: l.new, accelerator: 'CmdOrCtrl+N', click: () => run('new') },
        { label: l.open, accelerator: 'CmdOrCtrl+O', click: () => run('open') },
        { label: l.openRecent, submenu: recentItems },
        { type: 'separator' },
        { label: l.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: () => run('save-as') },
        { type: 'separator' },
        { label: l.importRoster, click: () => run('import-roster') },
        { label: l.importMarket, click: () => run('import-market') },
        { label: l.importIntakes, click: () => run('import-intakes') },
        {
          label: l.exportMenu,
          submenu: [
            { label: l.exportJson, click: () => run('export-json') },
            { label: l.exportCsv, click: () => run('export-csv') },
            { label: l.exportXlsx, click: () => run('export-xlsx') },
          ],
        },
        { label: l.report, click: () => run('report') },
        { type: 'separator' },
        { label: l.close, accelerator: 'CmdOrCtrl+W', click: () => run('close') },
        ...(options.isMac ? [] : [{ type: 'separator' } as const, { label: l.quit, role: 'quit' } as const]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        // Undo and redo are the workspace's own history (persisted in the file), not the text field's.
        { label: l.undo, accelerator: 'CmdOrCtrl+Z', click: () => run('undo') },
        { label: l.redo, accelerator: options.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => run('redo') },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { label: l.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: l.fullScreen, role: 'togglefullscreen' },
        ...(options.isDev
          ? [
              { type: 'separator' } as const,
              { label: l.reload, role: 'reload' } as const,
              { label: l.devTools, role: 'toggleDevTools' } as const,
            ]
          : []),
      ],
    },
    { label: l.help, submenu: [{ label: l.about, click: () => run('about') }] },
  ]
  if (options.isMac)
    template.unshift({
      label: 'Établi',
      submenu: [
        { label: l.about, click: () => run('about') },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    })
  return template
}
