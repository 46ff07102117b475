// Mounts the app: React, the French text (and the remembered language's) and the first screen's code, evaluated while the start-up requests are answered.
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { TextProvider } from './text'
import type { BootData } from './boot'
import { i18n, startLanguage } from './i18n'
import { perfMark } from './perf'
import { afterFirstPaint } from './afterPaint'
import { formulasReady } from './formulaMathLater'
import { editChecks } from './state/editChecks'
import { warmFormulas } from '@shared/engine/series'

/** `answered`: the start-up's answer if it has come (then the first render shows it), else undefined. */
export function mount(boot: Promise<BootData>, answered: () => BootData | undefined = () => undefined): void {
  // For the bench: every module of the app's code is evaluated by now.
  perfMark('boot:module')
  // The remembered language's texts first (French is in this bundle; main.tsx already asked for another).
  void startLanguage()
    .catch(() => undefined)
    .then(() => {
      const root = createRoot(document.getElementById('root')!)
      // Rendered now rather than in a task of React's scheduler, which other tasks (network answers, the
      // later code's evaluation) could come before.
      flushSync(() =>
        root.render(
          <StrictMode>
            <I18nextProvider i18n={i18n}>
              <TextProvider>
                <App boot={boot} answered={answered()} />
              </TextProvider>
            </I18nextProvider>
          </StrictMode>,
        ),
      )
    })
  // mathjs after the first paint (drawn from the formula values main sent), warmed for the first formula
  // the user types.
  afterFirstPaint(() => void formulasReady().then(warmFormulas, () => undefined))
  // The edit checks (the model's schema and zod) too, for the first edit.
  afterFirstPaint(() => void editChecks().catch(() => undefined))
}
