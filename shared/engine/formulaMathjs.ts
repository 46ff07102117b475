// The mathjs that formulas use: one reduced instance (the parser, the compiler and what the grammar of formulaGrammar.ts admits) and mathjs's type tests. The only module that imports mathjs's code.
import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  compileDependencies,
  cosDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  sinDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  tanDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  isBigNumber,
  isComplex,
  isFraction,
  isMatrix,
  isResultSet,
  isUnit,
} from 'mathjs'
import type { MathNode } from 'mathjs'

/**
 * One mathjs instance for the whole process, with only the parser, the compiler and what the grammar
 * (formulaGrammar.ts) lets a formula use, with everything those need: `create(all)` cost about a tenth of
 * the app's start-up and most of its bundle. Anything else a formula names is refused before it is compiled.
 */
const math = create({
  parseDependencies,
  compileDependencies,
  piDependencies,
  eDependencies,
  // Functions
  minDependencies,
  maxDependencies,
  absDependencies,
  roundDependencies,
  floorDependencies,
  ceilDependencies,
  sqrtDependencies,
  expDependencies,
  logDependencies,
  log10Dependencies,
  powDependencies,
  sinDependencies,
  cosDependencies,
  tanDependencies,
  // Operators
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  modDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  equalDependencies,
  unequalDependencies,
  smallerDependencies,
  largerDependencies,
  smallerEqDependencies,
  largerEqDependencies,
  andDependencies,
  orDependencies,
  notDependencies,
})

/** What series.ts needs of mathjs; `ready` is false only where it is still loading (the renderer, renderer/src/formulaMathLater.ts). */
export interface FormulaMath {
  ready(): boolean
  parse(source: string): MathNode
  isBigNumber(x: unknown): x is { valueOf(): unknown }
  isFraction(x: unknown): x is { valueOf(): unknown }
  isComplex(x: unknown): boolean
  isMatrix(x: unknown): boolean
  isResultSet(x: unknown): boolean
  isUnit(x: unknown): boolean
}

export const formulaMath: FormulaMath = {
  ready: () => true,
  parse: (source) => math.parse(source),
  isBigNumber: (x): x is { valueOf(): unknown } => isBigNumber(x),
  isFraction: (x): x is { valueOf(): unknown } => isFraction(x),
  isComplex,
  isMatrix,
  isResultSet,
  isUnit,
}
