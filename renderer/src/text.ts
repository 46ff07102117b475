// One react-i18next subscription for the whole app: every component reads the current `t` and i18n from context, and re-renders with them when the language changes.
import { createContext, createElement, useContext, type ReactNode } from 'react'
import { useTranslation as useI18next } from 'react-i18next'

type Text = ReturnType<typeof useI18next>

const TextContext = createContext<Text | null>(null)

/**
 * react-i18next's hook rebuilds its options and checks that the texts are loaded on every render of every
 * component that calls it (a good part of an edit's React time, with seventy of them): here it runs once, at
 * the root, and hands out the value it memoizes (new only when the language or the texts change).
 */
export function TextProvider({ children }: { children: ReactNode }) {
  // Plain .ts (no JSX): the Node-side type check reads renderer modules the tests import.
  return createElement(TextContext.Provider, { value: useI18next() }, children)
}

/** The UI's `t` and i18n (the same shape as react-i18next's `useTranslation()`), inside TextProvider. */
export function useTranslation(): Text {
  const text = useContext(TextContext)
  if (!text) throw new Error('useTranslation outside TextProvider')
  return text
}
