// i18next set-up: French by default, English or German on request; the choice is remembered in this browser profile.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { storedLanguage, rememberLanguage } from './language'
import type { Language } from '@shared/ipc/contract'
import { textsFr } from './locales/texts.fr'

export { rememberLanguage, storedLanguage }

type Tree = { [key: string]: string | Tree }

/** Merges text trees key by key (the Decisions text adds `nav.decisions` and `units.yearsShort` to the main ones). */
function mergeTrees(...trees: object[]): Tree {
  const out: Tree = {}
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree as Tree)) {
      const before = out[key]
      out[key] = typeof value === 'object' && typeof before === 'object' ? mergeTrees(before, value) : value
    }
  }
  return out
}

export const i18n = i18next.createInstance()

// French is the fallback of every key and the texts of most users: in the first bundle. English and German
// come with the first request for them (ensureLanguage), so the app's first paint evaluates one language.
void i18n.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: mergeTrees(...textsFr) } },
  interpolation: { escapeValue: false },
  returnNull: false,
})

const loaders: Record<Exclude<Language, 'fr'>, () => Promise<object[]>> = {
  en: () => import('./locales/texts.en').then((m) => m.textsEn),
  de: () => import('./locales/texts.de').then((m) => m.textsDe),
}
const loading = new Map<Language, Promise<void>>()

/** Loads the texts of `language` once (French is always there); resolves when they can be shown. */
export function ensureLanguage(language: Language): Promise<void> {
  if (language === 'fr' || i18n.hasResourceBundle(language, 'translation')) return Promise.resolve()
  let load = loading.get(language)
  if (!load) {
    load = loaders[language]().then((trees) => {
      i18n.addResourceBundle(language, 'translation', mergeTrees(...trees))
    })
    // A failed fetch may be tried again (the language switch says nothing and stays on the current one).
    load.catch(() => loading.delete(language))
    loading.set(language, load)
  }
  return load
}

/** Shows the UI in `language` once its texts are loaded. */
export async function showLanguage(language: Language): Promise<void> {
  await ensureLanguage(language)
  await i18n.changeLanguage(language)
}

/** The language this browser profile chose last, loaded and shown before the app's first render. */
export function startLanguage(): Promise<void> {
  const stored = storedLanguage()
  return stored && stored !== 'fr' ? showLanguage(stored) : Promise.resolve()
}

/** Bumped whenever texts are added or removed, which empties every cache below. */
let textsRevision = 0
i18n.store.on('added', () => textsRevision++)
i18n.store.on('removed', () => textsRevision++)

type AnyT = ((key: unknown, ...rest: unknown[]) => unknown) & Record<string, unknown>
const fixedTOf = i18n.getFixedT.bind(i18n) as unknown as (...args: unknown[]) => AnyT

/** Each language's texts flattened ('charts.revenue.title' → its text), built at the first lookup in it. */
const flatTexts = new Map<string, Map<string, string>>()
let flatRevision = textsRevision

function flatten(tree: Tree, prefix: string, out: Map<string, string>): void {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else if (value && typeof value === 'object') flatten(value, `${prefix}${key}.`, out)
  }
}

function flatOf(language: string): Map<string, string> | undefined {
  if (flatRevision !== textsRevision) {
    flatTexts.clear()
    flatRevision = textsRevision
  }
  let flat = flatTexts.get(language)
  if (!flat) {
    const tree = i18n.getResourceBundle(language, 'translation') as Tree | undefined
    if (!tree) return undefined
    flat = new Map()
    flatten(tree, '', flat)
    flatTexts.set(language, flat)
  }
  return flat
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g

/**
 * The text i18next gives for `key` (and `vars`) when it is a plain lookup, without i18next: the key's text
 * in `language`, else in French (the fallback), with its {{placeholders}} filled in; undefined when i18next
 * must do it (a missing key, plurals or a context, a nested $t(), a placeholder without its value).
 * test/unit/i18nDirect.test.ts checks that both give the same text for every key of every language.
 */
function directText(language: string, key: string, vars?: Record<string, unknown>): string | undefined {
  if (key.includes(':')) return undefined
  const text = flatOf(language)?.get(key) ?? (language !== 'fr' ? flatOf('fr')?.get(key) : undefined)
  if (text === undefined || text.includes('$t(')) return undefined
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!)
  // Any other use of braces (an unescaped or formatted value) is i18next's.
  if (text.replace(PLACEHOLDER, '').includes('{{')) return undefined
  if (!vars) return names.length === 0 ? text : undefined
  const keys = Object.keys(vars)
  if (keys.includes('count') || keys.includes('context') || keys.some((k) => !names.includes(k)))
    return undefined
  let complete = true
  const out = text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = vars[name]
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    complete = false
    return placeholder
  })
  return complete ? out : undefined
}

/**
 * Each `t` useTranslation hands out keeps the text of a bare `t(key)` (no options): it cannot change while
 * the language (one `t` per language) and the texts stay, and every edit re-renders the screen's hundreds
 * of labels, where i18next's lookup (all its options merged, the key resolved) was about a third of the render.
 * A plain lookup, with or without values for its placeholders, is made without i18next (directText); the
 * rest (counts, contexts, missing keys) goes to i18next every time.
 */
i18n.getFixedT = ((...args: unknown[]) => {
  const fixed = fixedTOf(...args)
  const texts = new Map<string, unknown>()
  let revision = textsRevision
  const lookup = (key: string, vars?: Record<string, unknown>): unknown => {
    const language = (fixed.lng as string | undefined) ?? i18n.language
    if (fixed.keyPrefix === undefined && typeof language === 'string') {
      const direct = directText(language, key, vars)
      if (direct !== undefined) return direct
    }
    return vars === undefined ? fixed(key) : fixed(key, vars)
  }
  const cached = (key: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string') return fixed(key, ...rest)
    if (rest.length > 0) {
      const [vars, ...more] = rest
      const plain = more.length === 0 && vars !== null && typeof vars === 'object' && !Array.isArray(vars)
      return plain ? lookup(key, vars as Record<string, unknown>) : fixed(key, ...rest)
    }
    if (revision !== textsRevision) {
      texts.clear()
      revision = textsRevision
    }
    if (!texts.has(key)) texts.set(key, lookup(key))
    return texts.get(key)
  }
  return Object.assign(cached, { lng: fixed.lng, lngs: fixed.lngs, ns: fixed.ns, keyPrefix: fixed.keyPrefix })
}) as unknown as typeof i18n.getFixedT
