// The translation function the pure adapters (charts, tables, messages) take: i18next's `t` narrowed to (key, vars) => string.
export type Translate = (key: string, vars?: Record<string, string | number>) => string
