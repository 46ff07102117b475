// Renderer entry: mounts the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { i18n } from './i18n'
import './styles.css'
// The rest of the style sheet, in its cascade order.
import './styles/views.css'
import './styles/editors.css'
import './styles/series.css'
import './styles/decisions.css'
import './styles/later.css'
import { perfMark } from './perf'

// For the bench: every module of the bundle is evaluated by now.
perfMark('boot:module')

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
)
