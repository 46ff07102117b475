// A problem that carries a code (shared/model/problems.ts) in the UI language: its text, with the parts it names translated too.
import type { Translate } from '../../translate'
import { reasonText } from '../../storeText'

/** The text of a coded problem's reason, or null when the code has no text (the caller falls back to the message). */
export function codedReason(
  code: string | undefined,
  params: Record<string, string | number> | undefined,
  t: Translate,
  exists: (key: string) => boolean,
): string | null {
  // A store refusal (`store.<reason>`) has its own parameters to word (a template's name, why it is read-only).
  if (code?.startsWith('store.')) return reasonText(code.slice('store.'.length), params, t, exists)
  if (code === undefined || !exists(`words.${code}`)) return null
  const vars: Record<string, string | number> = { ...params }
  const others = Number(params?.others ?? 0)
  vars.more = others > 0 ? t('editors.problem.otherYears', { count: others }) : ''
  const symbol = String(params?.symbol ?? '')
  if (code === 'formula.refusedPart') vars.what = t(`words.formula.part.${String(params?.part)}`, { symbol })
  if (code === 'formula.notNumber') vars.what = t(`words.formula.kind.${String(params?.kind)}`)
  return t(`words.${code}`, vars)
}
