// ageProfiles: the first year's working roster by age, and what is left after the horizon, consistent with the engine.
import { describe, expect, it } from 'vitest'
import { ageProfiles } from '../../shared/engine/ageProfile'
import { project } from '../../shared/engine'
import { makeInput } from '../support/makeInput'

describe('ageProfiles', () => {
  it('starts from the roster plus the first joiners at their age', () => {
    const input = makeInput()
    const profiles = ageProfiles(input)
    expect(profiles.start('watchmaker', 30)).toBe(3)
    expect(profiles.start('watchmaker', 45)).toBe(2)
    // One hire at hireAge 28 in year 0.
    expect(profiles.start('watchmaker', 28)).toBe(1)
    expect(profiles.start('master', 63)).toBe(1)
    expect(profiles.start('nope', 30)).toBe(0)
  })

  it('sums to the engine headcount in year 0, and ages the roster by H years at the end', () => {
    const input = makeInput({ workforce: { hires: {} }, training: [] })
    const result = project(input)
    const profiles = ageProfiles(input)
    let startTotal = 0
    for (let a = 15; a <= 80; a++) startTotal += profiles.start('watchmaker', a)
    expect(startTotal).toBeCloseTo(result.years[0]!.headcount.watchmaker!, 12)
    // No joiners: the 30-year-olds are 35 after 5 years, none remain at 30.
    expect(profiles.end('watchmaker', 30)).toBe(0)
    expect(profiles.end('watchmaker', 35)).toBeGreaterThan(0)
    // The 63-year-old master retires at the end of year 1 (turns 65).
    for (let a = 15; a <= 80; a++) if (a >= 65) expect(profiles.end('master', a)).toBe(0)
  })
})
