// Every text tree of the German UI, in the order i18n.ts merges them (a later tree adds keys to an earlier one).
import { de } from './de'
import { editorsDe } from './editors.de'
import { decisionsDe } from './decisions.de'
import { dataioDe } from './dataio.de'
import { uxDe } from './ux.de'
import { actualsDe } from './actuals.de'
import { leversDe } from './levers.de'
import { explainDe } from './explain.de'
import { wordsDe } from './words.de'
import { chartsDe } from './charts.de'
import { messagesDe } from './messages.de'

export const textsDe: object[] = [
  de,
  editorsDe,
  decisionsDe,
  dataioDe,
  uxDe,
  actualsDe,
  leversDe,
  explainDe,
  wordsDe,
  chartsDe,
  messagesDe,
]
