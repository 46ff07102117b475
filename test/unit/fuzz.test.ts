// Fuzzing validateInput and project with a few hundred mutations of the sample: each projects with finite, non-negative figures or is refused naming a field.
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine'
import { validateInput } from '../../shared/model/schema'
import { runUniforms } from '../../shared/decision/rng'
import { atelierGeneve, filiereSuisse } from '../../shared/sample'

type Json = unknown
type Path = (string | number)[]

/** Every path to a value in a JSON tree (objects and arrays included). */
function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...at, Array.isArray(value) ? Number(key) : key]
      out.push(path)
      pathsOf(child, path, out)
    }
  }
  return out
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let node = root as Record<string | number, Json>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  return node
}

const hostileFormulas = [
  'zeros(1e5,1e5)',
  'range(0,1e9)',
  'ones(1e4,1e4)',
  'sum(1:1e8)*0',
  'setPowerset(1:30)',
  'map(1:1e7, sqrt)',
  'kron(ones(100,100), ones(100,100))',
  'identity(1e5)',
  `t + ${'1 + '.repeat(2100)}1`,
  'import({x: 1})',
  'evaluate("1")',
  'f(x) = x',
  'pow(10, 400)',
  '1 / (t - 2)',
  'sqrt(-1 - t)',
  'true',
  '"text"',
  '('.repeat(600) + 't' + ')'.repeat(600),
]

/** Values that replace a field: wrong types, extreme numbers, nesting. */
const junk: Json[] = [
  null,
  'text',
  true,
  [],
  {},
  [1, 2, 3],
  { nested: { deeper: [1] } },
  -1,
  0,
  1e300,
  -1e300,
  5e-324,
  1e10,
  Number.MAX_SAFE_INTEGER,
  0.5,
  2,
  65,
  '0.03 * t',
]

interface Case {
  name: string
  input: Json
}

/** Mutations of one base input, drawn with a seed: the kind of each is in its name. */
function mutations(base: Json, seed: number, count: number): Case[] {
  const rng = runUniforms(seed, 0)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]
  const paths = pathsOf(base)
  const objectPaths = paths.filter((p) => {
    const v = parentOf(base, p)[p[p.length - 1]]
    return v !== null && typeof v === 'object' && !Array.isArray(v)
  })
  const cases: Case[] = []
  for (let i = 0; i < count; i++) {
    const input = structuredClone(base)
    const kind = i % 5
    let name: string
    if (kind === 0 || kind === 1) {
      // Types and ranges: one field replaced.
      const path = pick(paths)
      const value = pick(junk)
      parentOf(input, path)[path[path.length - 1]] = value
      name = `${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`
    } else if (kind === 2) {
      // Ranges: one number scaled far out.
      const numeric = paths.filter((p) => typeof parentOf(input, p)[p[p.length - 1]] === 'number')
      const path = pick(numeric)
      const factor = pick([-1, 1e6, 1e12, 1e300, 1e-300, 0])
      const parent = parentOf(input, path)
      parent[path[path.length - 1]] = (parent[path[path.length - 1]] as number) * factor
      name = `${path.join('.')} scaled by ${factor}`
    } else if (kind === 3) {
      // Keys: an unknown key, a prototype name or a constructor key added to an object.
      const path = pick([[], ...objectPaths])
      const target =
        path.length === 0
          ? (input as Record<string, Json>)
          : (parentOf(input, [...path, '']) as Record<string, Json>)
      const key = pick(['__proto__', 'constructor', 'prototype', 'toString', 'unknownField', ''])
      Object.defineProperty(target, key, {
        value: pick(junk),
        enumerable: true,
        configurable: true,
        writable: true,
      })
      name = `key ${JSON.stringify(key)} added at ${path.join('.') || 'the top'}`
    } else {
      // Hostile formulas in a field that takes a series, or any other field.
      const path = pick(paths)
      const formula = pick(hostileFormulas)
      parentOf(input, path)[path[path.length - 1]] = formula
      name = `${path.join('.')} = formula ${formula.slice(0, 30)}`
    }
    // Round-trip through JSON, as a file or the bridge delivers it (a __proto__ key stays an own key).
    cases.push({ name: `${i}: ${name}`, input: JSON.parse(JSON.stringify(input)) as Json })
  }
  return cases
}

/** Every number in a result must be finite and, apart from margins, >= 0; null only where the model allows it. */
function checkFigures(value: Json, path: string): void {
  if (value === null) {
    expect(path).toMatch(
      /\.(benchUtilisation|turnaroundWeeks|turnaroundWeeksByGrade\.[^.]+|firstShortageYear|firstShortageGrade|peakShortageYear)$/,
    )
  } else if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true)
    if (!/\.(margin|totalMargin)$/.test(path)) expect(value, path).toBeGreaterThanOrEqual(0)
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value as object)) checkFigures(child, `${path}.${key}`)
  }
}

const cases = [
  ...mutations(atelierGeneve.base, 1, 200),
  ...mutations({ ...filiereSuisse.base, schemaVersion: 2 }, 2, 100),
]

describe('fuzzing the sample', () => {
  it.each(cases)(
    '$name',
    ({ input }) => {
      const validation = validateInput(input)
      if (validation.ok) {
        checkFigures(project(validation.input), 'result')
        return
      }
      expect(validation.problems.length).toBeGreaterThan(0)
      for (const p of validation.problems) {
        // Refused naming a field: only a top-level shape problem may have no path.
        if (p.path === '') expect(p.message).toMatch(/^The input must be a JSON object/)
        else expect(p.message.startsWith(`${p.path}: `)).toBe(true)
      }
    },
    5_000,
  )
})
