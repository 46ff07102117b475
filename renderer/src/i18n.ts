// i18next set-up: French by default, English on request; the choice is remembered in this browser profile.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/ipc/contract'
import { fr } from './locales/fr'
import { en } from './locales/en'

const LANGUAGE_KEY = 'etabli.language'

export function storedLanguage(): Language | null {
  const value = window.localStorage.getItem(LANGUAGE_KEY)
  return value === 'fr' || value === 'en' ? value : null
}

export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(LANGUAGE_KEY, language)
}

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  lng: storedLanguage() ?? 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: fr }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
})
