// The window options factory and the CSP keep the renderer isolated.
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, createWindowOptions } from '../../electron/security'

describe('createWindowOptions', () => {
  it('returns the secure webPreferences', () => {
    const prefs = createWindowOptions('/app/preload.js').webPreferences!
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name!, values]
    }),
  )

  it('allows only our own scripts, without eval or inline code', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'")
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'")
  })

  it('denies plugins, framing, base changes and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
  })
})
