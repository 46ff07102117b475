// The grammar a formula may use (docs/model-equations.md "Formulas"): walks a parsed mathjs tree and says what is outside it, evaluating nothing.
import type { MathNode } from 'mathjs'
import type { FormulaError, RefusedPart } from './formulaErrors'

/** docs/model-equations.md "Formulas": the names, operators and functions a formula may use. */
const allowedSymbols: ReadonlySet<string> = new Set(['t', 'year', 'pi', 'e'])
const allowedFunctions: ReadonlySet<string> = new Set([
  'min',
  'max',
  'abs',
  'round',
  'floor',
  'ceil',
  'sqrt',
  'exp',
  'log',
  'log10',
  'pow',
  'sin',
  'cos',
  'tan',
])
/** mathjs names of + - * / ^ % (and 50% = 50 / 100), unary minus and plus, comparisons, and/or/not. */
const allowedOperators: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'unaryMinus',
  'unaryPlus',
  'equal',
  'unequal',
  'smaller',
  'larger',
  'smallerEq',
  'largerEq',
  'and',
  'or',
  'not',
])
const functionList = [...allowedFunctions].join(', ')

/** What a node type builds, for a node type a formula may not contain. */
const refusedNodes: Readonly<Record<string, [RefusedPart, string]>> = {
  ArrayNode: ['matrix', 'a matrix ([…])'],
  RangeNode: ['range', 'a range (a:b)'],
  ObjectNode: ['object', 'an object ({…})'],
  AccessorNode: ['indexing', 'indexing (x[…] or x.y)'],
  IndexNode: ['indexing', 'indexing (x[…] or x.y)'],
  BlockNode: ['block', 'several expressions (; or a new line)'],
}

interface FormulaScan {
  assigns: boolean
  unknownNames: string[]
  refusedFunctions: string[]
  refusedParts: string[]
  /** The first refused part, as a code and the symbol it concerns (an operator, a constant). */
  firstRefused: { part: RefusedPart; symbol: string } | null
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item)
}

function refuse(scan: FormulaScan, phrase: string, part: RefusedPart, symbol = ''): void {
  addOnce(scan.refusedParts, phrase)
  scan.firstRefused ??= { part, symbol }
}

/** Walks the parsed formula and records everything outside the allowed grammar; evaluates nothing. */
function scanNode(node: MathNode, scan: FormulaScan): void {
  const n = node as MathNode & Record<string, unknown>
  switch (node.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number')
        refuse(scan, `the constant ${JSON.stringify(n.value)}`, 'text', String(n.value))
      return
    case 'SymbolNode':
      if (!allowedSymbols.has(n.name as string)) addOnce(scan.unknownNames, n.name as string)
      return
    case 'ParenthesisNode':
      scanNode(n.content as MathNode, scan)
      return
    case 'ConditionalNode':
      for (const part of [n.condition, n.trueExpr, n.falseExpr]) scanNode(part as MathNode, scan)
      return
    case 'OperatorNode':
      if (!allowedOperators.has(n.fn as string))
        refuse(scan, `the operator '${n.op as string}'`, 'operator', n.op as string)
      for (const arg of n.args as MathNode[]) scanNode(arg, scan)
      return
    case 'FunctionNode': {
      const fn = n.fn as MathNode & { name?: string }
      if (fn.type !== 'SymbolNode' || fn.name === undefined)
        refuse(scan, 'a computed function', 'computedFunction')
      else if (!allowedFunctions.has(fn.name)) addOnce(scan.refusedFunctions, fn.name)
      for (const arg of n.args as MathNode[]) scanNode(arg, scan)
      return
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      scan.assigns = true
      return
    default: {
      const [part, phrase] = refusedNodes[node.type] ?? ['other', `a ${node.type}`]
      refuse(scan, phrase, part, part === 'other' ? node.type : '')
    }
  }
}

function quoted(names: string[]): string {
  return names.map((x) => `'${x}'`).join(', ')
}

/** Why a formula cannot be used: the English sentence fragment of messages, and its code for the UI. */
export interface FormulaRefusal {
  reason: string
  error: FormulaError
}

/** Why a parsed formula is outside the grammar, or null when it is inside. */
export function grammarRefusal(node: MathNode): FormulaRefusal | null {
  const scan: FormulaScan = {
    assigns: false,
    unknownNames: [],
    refusedFunctions: [],
    refusedParts: [],
    firstRefused: null,
  }
  scanNode(node, scan)
  if (scan.assigns)
    return {
      reason: 'formula assigns a value; it must be a single expression',
      error: { code: 'assigns', params: {} },
    }
  if (scan.firstRefused !== null) {
    return {
      reason: `formula uses ${scan.refusedParts.join(', ')}; it may use only numbers, t, year, pi, e, arithmetic, comparisons, and/or/not, c ? a : b and the functions ${functionList}`,
      error: { code: 'refusedPart', params: scan.firstRefused },
    }
  }
  if (scan.refusedFunctions.length > 0) {
    const noun = scan.refusedFunctions.length === 1 ? 'the function' : 'the functions'
    return {
      reason: `formula calls ${noun} ${quoted(scan.refusedFunctions)}; it may call only ${functionList}`,
      error: {
        code: 'refusedFunction',
        params: { names: scan.refusedFunctions.join(', '), count: scan.refusedFunctions.length },
      },
    }
  }
  if (scan.unknownNames.length > 0) {
    const noun = scan.unknownNames.length === 1 ? 'the unknown name' : 'the unknown names'
    return {
      reason: `formula uses ${noun} ${quoted(scan.unknownNames)}; it may use only t, year, pi, e and the functions ${functionList}`,
      error: {
        code: 'unknownName',
        params: { names: scan.unknownNames.join(', '), count: scan.unknownNames.length },
      },
    }
  }
  return null
}
