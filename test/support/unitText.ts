// Short unit texts for chart tests: plain letters, so expected tick and tooltip texts are easy to write by hand.
import type { UnitText } from '../../renderer/src/charts/toChartJs'

export const testUnits: UnitText = {
  h: 'h',
  fte: 'FTE',
  students: 'st',
  seats: 'seats',
  weeks: 'wk',
  chf: 'CHF',
  people: 'p',
  percent: '%',
  years: 'yrs',
}
