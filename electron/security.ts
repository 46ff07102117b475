// The security settings both runtimes share: the Content-Security-Policy and the hardened window options.
import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * Strict CSP: only our own scripts (WebAssembly for the solver, no eval), our own styles, no plugins,
 * no framing, no form posts, and network access only to our own origin (the HTTP bridge in browser mode).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The options of the one main window: isolated, sandboxed, no Node in the page, preload the only bridge. */
export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Établi',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  }
}
