// Every text tree of the English UI, in the order i18n.ts merges them (a later tree adds keys to an earlier one).
import { en } from './en'
import { editorsEn } from './editors.en'
import { decisionsEn } from './decisions.en'
import { dataioEn } from './dataio.en'
import { uxEn } from './ux.en'
import { actualsEn } from './actuals.en'
import { leversEn } from './levers.en'
import { explainEn } from './explain.en'
import { wordsEn } from './words.en'
import { chartsEn } from './charts.en'
import { messagesEn } from './messages.en'

export const textsEn: object[] = [
  en,
  editorsEn,
  decisionsEn,
  dataioEn,
  uxEn,
  actualsEn,
  leversEn,
  explainEn,
  wordsEn,
  chartsEn,
  messagesEn,
]
