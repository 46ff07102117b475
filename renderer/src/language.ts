// The UI language chosen in this browser profile, read without loading the text trees (the boot requests need it).
import { languages, type Language } from '@shared/ipc/contract'

const LANGUAGE_KEY = 'etabli.language'

export function storedLanguage(): Language | null {
  const value = window.localStorage.getItem(LANGUAGE_KEY)
  return languages.find((language) => language === value) ?? null
}

export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(LANGUAGE_KEY, language)
}
