// Every store reason, read-only code and error code has a text in French, English and German; a failure is worded from its reason, never its English.
import { describe, expect, it } from 'vitest'
import type { IpcErrorCode } from '../../shared/ipc/contract'
import { readOnlyCodes, storeReasons } from '../../shared/workspace/storeReasons'
import { messagesFr } from '../../renderer/src/locales/messages.fr'
import { messagesEn } from '../../renderer/src/locales/messages.en'
import { messagesDe } from '../../renderer/src/locales/messages.de'
import { leversFr } from '../../renderer/src/locales/levers.fr'
import { leversEn } from '../../renderer/src/locales/levers.en'
import { leversDe } from '../../renderer/src/locales/levers.de'
import { fr } from '../../renderer/src/locales/fr'
import { en } from '../../renderer/src/locales/en'
import { de } from '../../renderer/src/locales/de'
import { editorsFr } from '../../renderer/src/locales/editors.fr'
import { editorsEn } from '../../renderer/src/locales/editors.en'
import { editorsDe } from '../../renderer/src/locales/editors.de'
import { errorText, readOnlyText, shownError } from '../../renderer/src/storeText'
import { dispatch } from '../../electron/ipc/dispatch'
import { requestFields, requestKinds } from '../../shared/ipc/requestReason'
import type { IpcHandlers } from '../../shared/ipc/contract'

// A Record over the union: a new IPC error code without an entry here is a compile error.
const ipcCodes: Record<IpcErrorCode, true> = {
  UNKNOWN_CHANNEL: true,
  INVALID_REQUEST: true,
  INVALID_INPUT: true,
  NOT_FOUND: true,
  READ_ONLY: true,
  NOT_A_WORKSPACE: true,
  IO_ERROR: true,
  CONFLICT: true,
  DAMAGED: true,
  INTERNAL: true,
}

const languages = {
  fr: [messagesFr, leversFr, fr, editorsFr],
  en: [messagesEn, leversEn, en, editorsEn],
  de: [messagesDe, leversDe, de, editorsDe],
}

/** A minimal i18next stand-in over the real text trees: dotted key lookup and {{name}} interpolation. */
function translator(trees: object[]) {
  const find = (key: string): unknown => {
    for (const tree of trees) {
      let node: unknown = tree
      for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
      if (typeof node === 'string') return node
    }
    return undefined
  }
  const exists = (key: string) => typeof find(key) === 'string'
  const t = (key: string, vars: Record<string, string | number> = {}) => {
    const text = find(key)
    if (typeof text !== 'string') throw new Error(`no text for ${key}`)
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => {
      if (!(name in vars)) throw new Error(`${key}: no value for {{${name}}}`)
      return String(vars[name])
    })
  }
  return { t, exists }
}

describe('store failure texts', () => {
  for (const [language, trees] of Object.entries(languages)) {
    const { t, exists } = translator(trees)
    it(`${language}: every reason, read-only code and error code has a non-empty text`, () => {
      const missing = [
        ...storeReasons.map((r) => `words.store.${r}`),
        ...readOnlyCodes.map((c) => `words.readOnly.${c}`),
        ...Object.keys(ipcCodes).map((c) => `words.failure.${c}`),
      ].filter(
        (key) => !exists(key) || t(key, new Proxy({}, { has: () => true, get: () => 'x' })).trim() === '',
      )
      expect(missing).toEqual([])
    })
  }

  it('words a template that changes nothing with the template’s name and the scenario in each language', () => {
    const error = {
      message: 'The template academy changes nothing in Base.',
      code: 'INVALID_REQUEST',
      reason: 'templateNoChange',
      params: { template: 'academy', scenario: 'Base' },
    }
    const words = (language: keyof typeof languages) => {
      const { t, exists } = translator(languages[language])
      return errorText(error, t, exists)
    }
    expect(words('fr')).toBe('Le modèle « Académie doublée » ne change rien dans Base.')
    expect(words('en')).toBe('The template “Doubled academy” changes nothing in Base.')
    expect(words('de')).toBe('Die Vorlage «Verdoppelte Akademie» ändert nichts an Base.')
  })

  it('a failure without a reason gets its code’s sentence, never the English message', () => {
    const { t, exists } = translator(languages.de)
    const text = errorText({ message: 'Unknown channel "x".', code: 'UNKNOWN_CHANNEL' }, t, exists)
    expect(text).toBe('Établi hat die Anfrage nicht verstanden. Starten Sie die App neu.')
    expect(errorText({ message: 'boom' }, t, exists)).toBe(
      'Ein unerwarteter Fehler ist aufgetreten; nichts wurde geändert.',
    )
  })

  it('a refusal about a field names the field by its label, and a read-only write says why', () => {
    const { t, exists } = translator(languages.en)
    const field = errorText(
      { message: 'x', reason: 'valueMissing', path: 'service/abandonRate' },
      t,
      exists,
      () => 'Abandon rate',
    )
    expect(field).toBe('Abandon rate: the value is missing')
    expect(
      errorText(
        { message: 'x', reason: 'readOnly', params: { kind: 'newer-version', version: 9 } },
        t,
        exists,
      ),
    ).toBe(
      'The workspace is open read-only: this file was written by a newer version of Établi (format 9). Update Établi to edit it.',
    )
    expect(readOnlyText({ code: 'in-use', holder: { host: 'atelier-3' } }, t, exists)).toContain('atelier-3')
  })

  it('every kind and field of a refused request has a text in each language', () => {
    for (const trees of Object.values(languages)) {
      const { exists } = translator(trees)
      const keys = [
        ...requestKinds.map((k) => `words.request.kind.${k}`),
        ...requestFields.map((f) => `words.request.field.${f}`),
      ]
      expect(keys.filter((k) => !exists(k))).toEqual([])
    }
  })
})

describe('a request the schema refuses', () => {
  // The schema runs before any handler, so none is needed.
  const refuse = async (channel: string, args: unknown) => {
    const reply = await dispatch({} as IpcHandlers, channel, args)
    if (reply.ok) throw new Error('accepted')
    return reply.error
  }
  const word = (error: Awaited<ReturnType<typeof refuse>>, language: keyof typeof languages) => {
    const { t, exists } = translator(languages[language])
    // What call() throws, as the renderer keeps it; the labels of model fields come from the workspace.
    const thrown = Object.assign(new Error(error.message), error)
    return errorText(shownError(thrown), t, exists, (path) =>
      path === 'workforce/hires/master' ? 'Hires — Master watchmaker' : `?${path}`,
    )
  }

  it('names the field by its label and says what was wrong, keeping zod’s words for developers only', async () => {
    const long = await refuse('scenario:rename', { scenarioId: 2, name: 'x'.repeat(201) })
    expect(long).toMatchObject({ code: 'INVALID_REQUEST', path: 'name', reason: 'requestInvalid' })
    expect(long.message).toMatch(/Invalid request for scenario:rename: name: Too big/)
    expect(long.details?.[0]?.path).toBe('name')
    expect(word(long, 'fr')).toBe('Nom : 200 caractères au plus sont admis ; rien n’a été modifié.')
    expect(word(long, 'en')).toBe('Name: at most 200 characters are allowed; nothing was changed.')
    expect(word(long, 'de')).toBe('Name: höchstens 200 Zeichen sind erlaubt; nichts wurde geändert.')

    const file = await refuse('actuals:importPreview', { fileName: 'chiffres.txt', dataBase64: '' })
    expect(word(file, 'de')).toBe(
      'Dateiname: nur .csv- und .xlsx-Dateien können importiert werden; nichts wurde geändert.',
    )

    const plan = { hires: { master: [-1] }, extraHires: {}, intake: {}, extraIntake: {}, benchExpansions: [] }
    const negative = await refuse('decision:applyPlan', { scenarioId: 2, plan, name: 'Plan' })
    expect(negative.path).toBe('plan.hires.master.0')
    expect(word(negative, 'en')).toBe(
      'Hires — Master watchmaker: the value must be at least 0; nothing was changed.',
    )

    const unknown = await refuse('history:list', { limit: 10, extra: true })
    expect(word(unknown, 'en')).toBe('The request holds a field Établi does not know; nothing was changed.')
    for (const error of [long, file, negative, unknown])
      for (const language of ['fr', 'en', 'de'] as const) {
        const text = word(error, language)
        for (const raw of ['Invalid', 'Too big', 'Too small', 'fileName', 'plan.', 'or .xlsx file', 'extra'])
          expect(text, `${language}: ${raw}`).not.toContain(raw)
      }
  })
})
