// Every text tree of the French UI, in the order i18n.ts merges them (a later tree adds keys to an earlier one).
import { fr } from './fr'
import { editorsFr } from './editors.fr'
import { decisionsFr } from './decisions.fr'
import { dataioFr } from './dataio.fr'
import { uxFr } from './ux.fr'
import { actualsFr } from './actuals.fr'
import { leversFr } from './levers.fr'
import { explainFr } from './explain.fr'
import { wordsFr } from './words.fr'
import { chartsFr } from './charts.fr'
import { messagesFr } from './messages.fr'

export const textsFr: object[] = [
  fr,
  editorsFr,
  decisionsFr,
  dataioFr,
  uxFr,
  actualsFr,
  leversFr,
  explainFr,
  wordsFr,
  chartsFr,
  messagesFr,
]
