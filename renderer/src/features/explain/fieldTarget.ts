// Where an input field lives: the screen that edits an override path, and the control to focus there once it is drawn.
import type { Screen } from '../../state/workspaceState'

/** The editor screen of an override path (README "The screens"). */
export function screenOf(path: string): Screen {
  const [head, , field] = path.split('/')
  switch (head) {
    case 'segments':
    case 'startYear':
    case 'horizonYears':
      return 'market'
    case 'grades':
      // Revenue per hour is set per grade beside outsourcing on Service; the rest of a grade on Effectifs.
      return field === 'revenuePerHour' ? 'service' : 'workforce'
    case 'workforce':
    case 'retirementAge':
      return 'workforce'
    case 'training':
      return 'training'
    case 'benches':
      return 'benches'
    default:
      return 'service'
  }
}

const byTestId = (id: string): string => `[data-testid="${CSS.escape(id)}"]`
const byTestIdPrefix = (prefix: string): string => `[data-testid^="${CSS.escape(prefix)}"]`

/**
 * CSS selectors of the control that edits `path`, best first. Fields carry `field-<path>` (NumberField,
 * SelectField) or `edit-<path>` (a series' edit button); grids name their cells, where `yearIndex` picks the year.
 */
export function selectorsOf(path: string, yearIndex: number): string[] {
  const [head, map, id] = path.split('/')
  const special: string[] = []
  if (path === 'workforce/roster') special.push(byTestIdPrefix('roster-'))
  if (path === 'service/rampUp') special.push(byTestId('rampup-0'))
  if (path === 'benches/expansions') special.push(byTestIdPrefix('expansion-0-'))
  if (head === 'workforce' && id !== undefined) special.push(byTestId(`plan-${map}-${id}-${yearIndex}`))
  return [...special, byTestId(`field-${path}`), byTestId(`edit-${path}`), byTestIdPrefix(`field-${path}/`)]
}

/**
 * Focuses the first control matching `selectors` as soon as the new screen has drawn it (a few frames at
 * most), scrolled to the middle of the window; the screen itself when none appears.
 */
export function focusWhenShown(selectors: readonly string[], framesLeft = 60): void {
  for (const selector of selectors) {
    const element = document.querySelector<HTMLElement>(selector)
    if (element) {
      element.scrollIntoView({ block: 'center' })
      element.focus()
      return
    }
  }
  if (framesLeft <= 0) {
    document.getElementById('main-content')?.focus()
    return
  }
  requestAnimationFrame(() => focusWhenShown(selectors, framesLeft - 1))
}
