// The seam between series.ts and mathjs: here mathjs itself (formulaMathjs.ts). The renderer's build puts renderer/src/formulaMathLater.ts in its place (electron.vite.config.ts), which loads the same module after the first paint.
export { formulaMath, type FormulaMath } from './formulaMathjs'
