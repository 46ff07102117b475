// Renderer entry: sends the start-up requests, then loads and mounts the app (mount.tsx) while they are answered.
import { startBoot, type BootData } from './boot'
import { formatNumber } from './format'
import { storedLanguage } from './language'
import './styles.css'
// The rest of the style sheet, in its cascade order.
import './styles/views.css'
import './styles/editors.css'
import './styles/series.css'
import './styles/decisions.css'
import './styles/later.css'

const boot = startBoot()
// The texts of a language other than French, fetched beside the app's code rather than after it.
const language = storedLanguage()
if (language === 'en') void import('./locales/texts.en').catch(() => undefined)
if (language === 'de') void import('./locales/texts.de').catch(() => undefined)
// The app reads the outcome (and shows a failure) once mounted; until then a rejection is not "unhandled".
// An answer that comes before the app's code is kept for its first render.
let answered: BootData | undefined
boot.then(
  (data) => (answered = data),
  () => undefined,
)
void import('./mount').then(({ mount }) => mount(boot, () => answered))
// While the code and the workspace are on their way the main thread would wait: it builds the Swiss number
// format now (its first construction loads the locale's data, 13–21 ms measured in Chromium), which the first
// render would otherwise pay for. Not in a timer: one would fire once the code has arrived, and delay it.
formatNumber(1234.5, 1)
