// German text of the global levers, scenario templates and scenario order; the Shape type makes a missing or extra key a compile error.
import type { leversFr } from './levers.fr'
import type { Shape } from './shape'

export const leversDe: Shape<typeof leversFr> = {
  globalLevers: {
    title: 'Globale Hebel',
    hint: 'Eine Änderung für alle Segmente, Stufen oder Ausbildungen des angezeigten Szenarios: ein einziger Schritt im Verlauf, Ctrl+Z macht ihn rückgängig.',
    lever: 'Hebel',
    op: 'Operation',
    amount: 'Wert',
    apply: 'Anwenden',
    frozen: 'Eingefrorene Version: schreibgeschützt. Duplizieren Sie sie, um einen Hebel anzuwenden.',
    readOnly: 'Dieser Arbeitsbereich ist schreibgeschützt geöffnet.',
    invalidAmount: 'Geben Sie eine Zahl ein.',
    previewNone: 'Nichts würde sich ändern: kein Feld dieses Szenarios ist betroffen.',
    preview_one: '{{count}} Feld ändert sich:',
    preview_other: '{{count}} Felder ändern sich:',
    previewItem: '{{field}}: {{before}} → {{after}}',
    fieldCount_one: '{{count}} Feld',
    fieldCount_other: '{{count}} Felder',
    refused: 'Nichts wurde geändert:',
    names: {
      preOwnedGrowth: 'Wachstum der Occasionen, alle Segmente',
      newSalesGrowth: 'Wachstum Neuverkäufe, alle Segmente',
      serviceUptake: 'Revisionsquote, alle Segmente',
      attritionRate: 'freiwillige Abgänge, alle Stufen',
      hires: 'geplante Einstellungen, alle Stufen',
      intake: 'Eintritte in Ausbildung, alle Ausbildungen',
    },
    ops: {
      addPoints: '+ Punkte',
      addCount: '+ pro Jahr',
      scale: '× Faktor',
    },
    amountText: {
      points: '{{value}} Punkte',
      count: '{{value}} pro Jahr',
      factor: '× {{value}}',
    },
    step: {
      lever: 'Globaler Hebel: {{lever}} {{amount}} ({{fields}}) — {{scenario}}',
      setValues_one: '{{count}} Wert geändert — {{scenario}}',
      setValues_other: '{{count}} Werte geändert — {{scenario}}',
      template: 'Vorlage «{{template}}» auf {{source}} angewendet: Szenario {{name}}',
    },
  },
  templates: {
    button: 'Vorlagen…',
    title: 'Eine Szenario-Vorlage anwenden',
    hint: 'Erstellt ein neues Szenario aus {{scenario}} (ein Schritt, Ctrl+Z macht ihn rückgängig).',
    pick: 'Vorlage',
    name: 'Name des neuen Szenarios',
    apply: 'Szenario erstellen',
    cancel: 'Abbrechen',
    defaultName: '{{template}} (Vorlage)',
    names: {
      boom: 'Boom',
      recession: 'Rezession',
      academy: 'Verdoppelte Akademie',
      competition: 'Wettbewerb um Uhrmacher',
    },
    descriptions: {
      boom: 'Wachstum der Occasionen +2 Punkte und Neuverkäufe +3 Punkte jedes Jahr, alle Segmente.',
      recession:
        'Neuverkäufe −20 Punkte im ersten projizierten Jahr, dann +10 Punkte; Revisionen aufgeschoben (Revisionsquote × 0.8) in diesen zwei Jahren.',
      academy: 'Eintritte jeder Ausbildung × 2, jedes Jahr.',
      competition: 'Freiwillige Abgänge × 1.5 auf allen Stufen.',
    },
  },
  scenarioOrder: {
    group: 'Reihenfolge der Szenarien',
    up: 'Nach oben',
    down: 'Nach unten',
    upTitle: '{{name}} in der Liste nach oben',
    downTitle: '{{name}} in der Liste nach unten',
  },
}
