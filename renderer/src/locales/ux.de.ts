// German text of what helps a new user (Swiss standard German: "ss", never "ß").
import type { uxFr } from './ux.fr'
import type { Shape } from './shape'

export const uxDe: Shape<typeof uxFr> = {
  ux: {
    skipToContent: 'Zum Inhalt springen',
    frozenBanner: 'Am {{date}} fixierte Version: nur lesbar. Duplizieren Sie sie, um sie zu ändern.',
    field: {
      revenuePerHour: 'Umsatz pro Stunde',
      resaleJobMix: 'Arbeiten beim Wiederverkauf',
      resaleHoursPerJob: 'Stunden pro Arbeit beim Wiederverkauf',
      resaleReplacesService: 'Wiederverkauf ersetzt einen Service',
      backfill: 'Ersatz von Abgängen',
      gapHiring: 'Einstellung nach Lücke',
      retirementProfile: 'Pensionierungsprofil',
      maxIntake: 'Verfügbare Plätze',
      rampUp: 'Einarbeitung',
      statusBasis: 'Statusgrundlage',
      overtimeShare: 'Überstunden',
      overtimePremium: 'Überstundenzuschlag',
      outsourcing: 'Auslagerung',
      maxHours: 'Auslagerbare Stunden',
      costPerHour: 'Kosten pro Stunde',
      grades: 'Stufen',
      jobTypes: 'Arbeitsarten',
      segments: 'Segmente',
      training: 'Ausbildungen',
      workforce: 'Personal',
      benches: 'Werkbänke',
      service: 'Service',
    },
    kpi: {
      whyUnserved: '{{grade}}: {{share}} nicht bedient, über der Toleranz von {{tolerance}}',
      whyTurnaround: '{{grade}}: Durchlaufzeit {{weeks}} Wo., über dem Versprechen von {{target}} Wo.',
      withinTolerance:
        'keiner: die Lücke {{year}} ({{grade}}, {{share}} nicht bedient) bleibt innerhalb der Toleranz von {{tolerance}}',
      cappedByMarket:
        '{{grade}}: Einstellungen durch die Marktgrenze auf {{limit}} VZÄ/Jahr begrenzt ({{years}}), {{planned}} geplant',
      benchesBind:
        'Die Werkbänke begrenzen die Kapazität ({{years}}): bis auf {{share}} der Kapazität des Personals',
    },
    warn: {
      growth: 'Plausibel? {{value}}/Jahr im Jahr {{year}}, jenseits von ±50 %/Jahr.',
      didYouMean: 'Meinten Sie {{value}}?',
      tinyRate: 'Plausibel? {{value}} ist sehr tief; ein Prozentwert als Bruch eingegeben?',
      hoursPerJob:
        'Plausibel? {{value}} h pro Arbeit, ausserhalb des veröffentlichten Bereichs ({{min}} bis {{max}} h).',
      hiringJump:
        'Plausibel? {{value}} VZÄ eingestellt im Jahr {{year}}, mehr als die Hälfte des Anfangsbestands der Stufe.',
    },
    value: {
      formula: 'Formel «{{formula}}»',
      empty: 'kein Wert',
      changed: 'neuer Wert',
      entries_one: '{{count}} Eintrag',
      entries_other: '{{count}} Einträge',
    },
    step: {
      set: '{{field}}: {{value}} — {{scenario}}',
      reset: '{{field}}: Wert des Elternszenarios wiederhergestellt — {{scenario}}',
      create: 'Szenario {{name}} auf {{parent}} erstellt',
      duplicate: '{{source}} als {{name}} dupliziert',
      rename: '{{source}} in {{name}} umbenannt',
      freeze: '{{source}} als {{name}} fixiert',
      note: 'Notiz von {{scenario}} bearbeitet',
      deleteTree_one: '{{scenario}} gelöscht, mit {{count}} darauf aufbauendem Szenario',
      deleteTree_other: '{{scenario}} gelöscht, mit {{count}} darauf aufbauenden Szenarien',
      delete: '{{scenario}} gelöscht',
      reorder: 'Szenarien neu geordnet',
      forgetUncertain: 'Unsichere Werte von {{scenario}} entfernt',
      setUncertain_one: '{{count}} unsicherer Wert in {{scenario}} festgelegt',
      setUncertain_other: '{{count}} unsichere Werte in {{scenario}} festgelegt',
      applyPlan: 'Plan des Optimierers für {{source}} als Szenario {{name}} übernommen',
    },
  },
}
