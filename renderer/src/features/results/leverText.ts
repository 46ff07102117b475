// Words for global levers and templates: a lever's amount in points, per year or as a factor, and the history sentences the store writes for them.
import { isRateLever, LEVERS, TEMPLATE_IDS, type LeverId, type LeverOp } from '@shared/workspace/levers'
import { fractionToPercent } from '../../components/fields/numberText'
import type { DescribeContext } from '../../describeChange'
import { formatShort } from '../../format'
import type { Translate } from '../../translate'

/** "+2 points", "+1.5 per year", "× 1.2": the amount as the lever's panel takes it. */
export function leverAmountText(lever: LeverId, op: LeverOp, amount: number, t: Translate): string {
  if (op === 'scale') return t('globalLevers.amountText.factor', { value: formatShort(amount, 4) })
  const rate = isRateLever(lever)
  const shown = rate ? fractionToPercent(amount) : amount
  const value = `${shown >= 0 ? '+' : ''}${formatShort(shown, 4)}`
  return t(`globalLevers.amountText.${rate ? 'points' : 'count'}`, { value })
}

const isLever = (id: string): id is LeverId => (LEVERS as readonly string[]).includes(id)

/**
 * The history sentence of a lever, several values or a template step (electron/store/domains/levers.ts) in
 * the UI language; null for any other step.
 */
export function describeLeverStep(description: string, ctx: DescribeContext): string | null {
  const lever = /^Apply lever (\w+) (add|scale) (\S+) to (\d+) fields? in (.+)$/.exec(description)
  if (lever && isLever(lever[1]!)) {
    const id = lever[1]!
    return ctx.t('globalLevers.step.lever', {
      lever: ctx.t(`globalLevers.names.${id}`),
      amount: leverAmountText(id, lever[2] as LeverOp, Number(lever[3]), ctx.t),
      fields: ctx.t('globalLevers.fieldCount', { count: Number(lever[4]) }),
      scenario: lever[5]!,
    })
  }
  const many = /^Set (\d+) values? in (.+)$/.exec(description)
  if (many) return ctx.t('globalLevers.step.setValues', { count: Number(many[1]), scenario: many[2]! })
  const template = /^Apply template (\w+) to (.+) as scenario (.+)$/.exec(description)
  if (template && (TEMPLATE_IDS as readonly string[]).includes(template[1]!)) {
    return ctx.t('globalLevers.step.template', {
      template: ctx.t(`templates.names.${template[1]!}`),
      source: template[2]!,
      name: template[3]!,
    })
  }
  return null
}
