// A small builder for sparse linear programs: columns with bounds and costs, rows as linear expressions with bounds.
import type { ModelData } from 'highs'

/** constant + sum of coef * column, with terms merged by column. */
export class LinExpr {
  constant = 0
  readonly terms = new Map<number, number>()

  constructor(constant = 0) {
    this.constant = constant
  }

  /** Adds coef * column. */
  add(column: number, coef: number): this {
    if (coef !== 0) this.terms.set(column, (this.terms.get(column) ?? 0) + coef)
    return this
  }

  /** Adds factor * other. */
  addExpr(other: LinExpr, factor = 1): this {
    this.constant += factor * other.constant
    for (const [column, coef] of other.terms) this.add(column, factor * coef)
    return this
  }
}

interface Row {
  lower: number
  upper: number
  expr: LinExpr
}

/** Minimise cost · x subject to lower <= rows <= upper and column bounds; some columns integer. */
export class LinearProgram {
  private readonly lower: number[] = []
  private readonly upper: number[] = []
  private readonly cost: number[] = []
  private readonly integer: boolean[] = []
  private readonly rows: Row[] = []

  get columnCount(): number {
    return this.cost.length
  }

  get rowCount(): number {
    return this.rows.length
  }

  /** A new column; returns its index. Bounds may be ±Infinity. */
  addColumn(lower: number, upper: number, cost = 0, integer = false): number {
    this.lower.push(lower)
    this.upper.push(upper)
    this.cost.push(cost)
    this.integer.push(integer)
    return this.cost.length - 1
  }

  /** Adds to a column's cost. */
  addCost(column: number, cost: number): void {
    this.cost[column] = this.cost[column]! + cost
  }

  /** Sets every column's cost to 0 (to reuse the constraints with another objective). */
  clearCosts(): void {
    this.cost.fill(0)
  }

  /** Adds the objective expression's terms to the costs (its constant is ignored). */
  addObjective(expr: LinExpr, factor = 1): void {
    for (const [column, coef] of expr.terms) this.addCost(column, factor * coef)
  }

  /** lower <= expr <= upper, the expression's constant moved to the bounds. */
  addRow(expr: LinExpr, lower: number, upper: number): void {
    this.rows.push({ lower: lower - expr.constant, upper: upper - expr.constant, expr })
  }

  /** expr <= upper. */
  addAtMost(expr: LinExpr, upper: number): void {
    this.addRow(expr, -Infinity, upper)
  }

  /** expr >= lower. */
  addAtLeast(expr: LinExpr, lower: number): void {
    this.addRow(expr, lower, Infinity)
  }

  /** A copy of the columns' costs. */
  costs(): number[] {
    return [...this.cost]
  }

  /** A deep-enough copy: columns and rows can be added to the copy without touching this one. */
  clone(): LinearProgram {
    const copy = new LinearProgram()
    copy.lower.push(...this.lower)
    copy.upper.push(...this.upper)
    copy.cost.push(...this.cost)
    copy.integer.push(...this.integer)
    copy.rows.push(...this.rows)
    return copy
  }

  /** Changes a column's upper bound. */
  setUpper(column: number, upper: number): void {
    this.upper[column] = upper
  }

  /** Indices of the integer columns. */
  integerColumns(): number[] {
    return this.integer.flatMap((x, i) => (x ? [i] : []))
  }

  /** The HiGHS model (rows in CSR). `infinity` is highs.infinity; `relax` drops integrality. */
  toModelData(infinity: number, relax = false): ModelData {
    const bound = (x: number) => (x === Infinity ? infinity : x === -Infinity ? -infinity : x)
    const starts: number[] = [0]
    const indices: number[] = []
    const values: number[] = []
    for (const row of this.rows) {
      const entries = [...row.expr.terms].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0])
      for (const [column, coef] of entries) {
        indices.push(column)
        values.push(coef)
      }
      starts.push(indices.length)
    }
    const hasInteger = !relax && this.integer.some((x) => x)
    return {
      numCols: this.cost.length,
      numRows: this.rows.length,
      colCost: this.cost,
      colLower: this.lower.map(bound),
      colUpper: this.upper.map(bound),
      rowLower: this.rows.map((r) => bound(r.lower)),
      rowUpper: this.rows.map((r) => bound(r.upper)),
      matrix: {
        format: 'csr',
        numRows: this.rows.length,
        numCols: this.cost.length,
        starts,
        indices,
        values,
      },
      ...(hasInteger ? { integrality: this.integer.map((x) => (x ? 1 : 0)) } : {}),
    }
  }
}
