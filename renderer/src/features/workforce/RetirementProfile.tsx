// (v2) The retirement profile beside the retirement age: for ages below it, the share of those reaching the age who retire then.
import { useState } from 'react'
import { useTranslation } from '../../text'
import type { ModelInput } from '@shared/model/types'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { NumberField } from '../../components/fields/NumberField'
import { OverrideControls } from '../../components/fields/OverrideControls'
import { parseNumberText } from '../../components/fields/numberText'
import { nextProfileAge, profileAges } from './retirementAges'

const PATH = 'workforce/retirementProfile'

export function RetirementProfile({ input }: { input: ModelInput }) {
  const { t } = useTranslation()
  const { actions } = useWorkspace()
  const field = useField(PATH)
  const profile = input.workforce.retirementProfile ?? {}
  const ages = profileAges(profile)
  const [age, setAge] = useState('')
  const suggestion = nextProfileAge(input)
  const typed = parseNumberText(age)
  const newAge = age.trim() === '' ? suggestion : typed.ok ? typed.value : NaN
  const canAdd = Number.isInteger(newAge) && newAge < input.retirementAge && !(String(newAge) in profile)
  return (
    <div className="ed-retirement" data-testid="retirement-profile">
      <div className="ed-card-head">
        <span className="ed-label">{t('editors.field.retirementProfile')}</span>
        <OverrideControls
          overridden={field.overridden}
          readOnly={field.readOnly}
          label={t('editors.field.retirementProfile')}
          onReset={() => void field.reset()}
        />
      </div>
      <p className="ed-help">{t('editors.help.retirementProfile', { age: input.retirementAge })}</p>
      {ages.length === 0 && <p className="ed-muted">{t('editors.workforce.noEarlyRetirement')}</p>}
      <div className="ed-initial-years">
        {ages.map((a) => (
          <div key={a} className="ed-initial-year">
            <span className="ed-year-label" aria-hidden="true">
              {t('editors.workforce.atAge', { age: a })}
            </span>
            <span className="ed-control">
              <NumberField
                path={`${PATH}/${a}`}
                value={profile[a]}
                label={t('editors.workforce.retireShareAt', { age: a })}
                hideLabel
                percent
                size="xs"
                unit="%"
                showOverride={false}
                testId={`retire-${a}`}
              />
              {!field.readOnly && (
                <button
                  type="button"
                  className="ed-icon-button"
                  aria-label={t('editors.workforce.removeAge', { age: a })}
                  title={t('editors.workforce.removeAge', { age: a })}
                  data-testid={`retire-remove-${a}`}
                  onClick={() => {
                    const { [a]: _gone, ...rest } = profile
                    void actions.edit(PATH, rest)
                  }}
                >
                  ×
                </button>
              )}
            </span>
          </div>
        ))}
      </div>
      {!field.readOnly && (
        <div className="ed-card-actions">
          <label className="ed-sr" htmlFor="retire-new-age">
            {t('editors.workforce.newAge')}
          </label>
          <input
            id="retire-new-age"
            className="ed-input ed-input-xs"
            inputMode="numeric"
            placeholder={String(suggestion)}
            value={age}
            data-testid="retire-new-age"
            onChange={(e) => setAge(e.target.value)}
          />
          <button
            type="button"
            disabled={!canAdd}
            data-testid="retire-add"
            onClick={() => {
              setAge('')
              void actions.edit(`${PATH}/${newAge}`, 0)
            }}
          >
            {t('editors.workforce.addAge')}
          </button>
        </div>
      )}
    </div>
  )
}
