// English text of what helps a new user; the Shape type makes a missing or extra key a compile error.
import type { uxFr } from './ux.fr'
import type { Shape } from './shape'

export const uxEn: Shape<typeof uxFr> = {
  ux: {
    skipToContent: 'Skip to content',
    frozenBanner: 'Version frozen on {{date}}: read-only. Duplicate it to change it.',
    field: {
      revenuePerHour: 'Revenue per hour',
      resaleJobMix: 'Jobs on resale',
      resaleHoursPerJob: 'Hours per job on resale',
      resaleReplacesService: 'Resale replacing a service',
      backfill: 'Backfill of leavers',
      gapHiring: 'Hiring to the gap',
      retirementProfile: 'Retirement profile',
      maxIntake: 'Places available',
      rampUp: 'Ramp-up',
      statusBasis: 'Status basis',
      overtimeShare: 'Overtime',
      overtimePremium: 'Overtime premium',
      outsourcing: 'Outsourcing',
      maxHours: 'Hours that can be outsourced',
      costPerHour: 'Cost per hour',
      grades: 'Grades',
      jobTypes: 'Job types',
      segments: 'Segments',
      training: 'Programmes',
      workforce: 'Workforce',
      benches: 'Benches',
      service: 'Service',
    },
    kpi: {
      whyUnserved: '{{grade}}: {{share}} unserved, beyond the {{tolerance}} tolerance',
      whyTurnaround: '{{grade}}: turnaround {{weeks}} wk, beyond the {{target}} wk promise',
      withinTolerance:
        'none: the {{year}} gap ({{grade}}, {{share}} unserved) stays within the {{tolerance}} tolerance',
      cappedByMarket:
        '{{grade}}: hires capped at {{limit}} FTE/yr by the market limit ({{years}}), {{planned}} planned',
      benchesBind: 'Benches limit capacity ({{years}}): down to {{share}} of the workforce’s capacity',
    },
    warn: {
      growth: 'Plausible? {{value}}/yr in {{year}}, beyond ±50 %/yr.',
      didYouMean: 'Did you mean {{value}}?',
      tinyRate: 'Plausible? {{value}} is very low; a percent typed as a fraction?',
      hoursPerJob: 'Plausible? {{value}} h per job, outside the published range ({{min}} to {{max}} h).',
      hiringJump:
        'Plausible? {{value}} FTE hired in {{year}}, more than half the grade’s starting workforce.',
    },
    value: {
      formula: 'formula “{{formula}}”',
      empty: 'no value',
      changed: 'new value',
      entries_one: '{{count}} item',
      entries_other: '{{count}} items',
    },
    step: {
      set: 'Set {{field}} to {{value}} in {{scenario}}',
      reset: 'Reset {{field}} to the parent’s value in {{scenario}}',
      create: 'Create scenario {{name}} on {{parent}}',
      duplicate: 'Duplicate {{source}} as {{name}}',
      rename: 'Rename {{source}} to {{name}}',
      freeze: 'Freeze {{source}} as {{name}}',
      note: 'Edit the note of {{scenario}}',
      deleteTree_one: 'Delete {{scenario}} and {{count}} scenario built on it',
      deleteTree_other: 'Delete {{scenario}} and {{count}} scenarios built on it',
      delete: 'Delete {{scenario}}',
      reorder: 'Reorder scenarios',
      forgetUncertain: 'Forget the uncertain figures of {{scenario}}',
      setUncertain_one: 'Set {{count}} uncertain figure in {{scenario}}',
      setUncertain_other: 'Set {{count}} uncertain figures in {{scenario}}',
      applyPlan: 'Apply the solver’s plan for {{source}} as scenario {{name}}',
    },
  },
}
