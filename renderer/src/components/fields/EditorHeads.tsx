// The headings every editor screen repeats: the screen's title and intro, and a list section's title with its override marker.
import { OverrideControls } from './OverrideControls'

export function ScreenHead({ title, intro }: { title: string; intro: string }) {
  return (
    <header className="ed-screen-head">
      <h2>{title}</h2>
      <p className="ed-intro">{intro}</p>
    </header>
  )
}

/** A section heading for a field edited whole (a list): marked when the scenario overrides it, with its reset. */
export function SectionHead({
  id,
  title,
  label = title,
  field,
}: {
  id: string
  title: string
  /** The field's name for the marker's accessible label, when it differs from the title. */
  label?: string
  field: { overridden: boolean; readOnly: boolean; reset: () => unknown }
}) {
  return (
    <div className="ed-section-head">
      <h3 id={id}>{title}</h3>
      <OverrideControls
        overridden={field.overridden}
        readOnly={field.readOnly}
        label={label}
        onReset={() => void field.reset()}
      />
    </div>
  )
}
