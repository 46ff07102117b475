// English text of the global levers, scenario templates and scenario order; the Shape type makes a missing or extra key a compile error.
import type { leversFr } from './levers.fr'
import type { Shape } from './shape'

export const leversEn: Shape<typeof leversFr> = {
  globalLevers: {
    title: 'Global levers',
    hint: 'One change for every segment, grade or programme of the shown scenario: one step in the history, Ctrl+Z takes it back.',
    lever: 'Lever',
    op: 'Operation',
    amount: 'Value',
    apply: 'Apply',
    frozen: 'Frozen version: read-only. Duplicate it to apply a lever.',
    readOnly: 'This workspace is open read-only.',
    invalidAmount: 'Type a number.',
    previewNone: 'Nothing would change: no field of this scenario is concerned.',
    preview_one: '{{count}} field will change:',
    preview_other: '{{count}} fields will change:',
    previewItem: '{{field}}: {{before}} → {{after}}',
    fieldCount_one: '{{count}} field',
    fieldCount_other: '{{count}} fields',
    refused: 'Nothing was changed:',
    names: {
      preOwnedGrowth: 'pre-owned growth, all segments',
      newSalesGrowth: 'new-watch sales growth, all segments',
      serviceUptake: 'service uptake, all segments',
      attritionRate: 'voluntary leavers, all grades',
      hires: 'planned hires, all grades',
      intake: 'training intake, all programmes',
    },
    ops: {
      addPoints: '+ points',
      addCount: '+ per year',
      scale: '× factor',
    },
    amountText: {
      points: '{{value}} points',
      count: '{{value}} per year',
      factor: '× {{value}}',
    },
    step: {
      lever: 'Global lever: {{lever}} {{amount}} ({{fields}}) — {{scenario}}',
      setValues_one: '{{count}} value changed — {{scenario}}',
      setValues_other: '{{count}} values changed — {{scenario}}',
      template: 'Template “{{template}}” applied to {{source}}: scenario {{name}}',
    },
  },
  templates: {
    button: 'Templates…',
    title: 'Apply a scenario template',
    hint: 'Creates a new scenario from {{scenario}} (one step, Ctrl+Z takes it back).',
    pick: 'Template',
    name: 'Name of the new scenario',
    apply: 'Create the scenario',
    cancel: 'Cancel',
    defaultName: '{{template}} (template)',
    names: {
      boom: 'Boom',
      recession: 'Recession',
      academy: 'Doubled academy',
      competition: 'Competition for watchmakers',
    },
    descriptions: {
      boom: 'Pre-owned growth +2 points and new-watch sales +3 points every year, all segments.',
      recession:
        'New-watch sales −20 points in the first projected year then +10 points, services postponed (uptake × 0.8) in those two years.',
      academy: 'Intake of every programme × 2, every year.',
      competition: 'Voluntary leavers × 1.5 at every grade.',
    },
  },
  scenarioOrder: {
    group: 'Scenario order',
    up: 'Move up',
    down: 'Move down',
    upTitle: 'Move {{name}} up the list',
    downTitle: 'Move {{name}} down the list',
  },
}
