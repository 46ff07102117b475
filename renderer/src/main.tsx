// Renderer entry: sends the start-up requests, then loads and mounts the app (mount.tsx) while they are answered.
import { startBoot } from './boot'
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
boot.catch(() => undefined)
void import('./mount').then(({ mount }) => mount(boot))
