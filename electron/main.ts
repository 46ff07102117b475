// Electron main: app lifecycle, the one hardened window, the app:// protocol, the native menu and file dialogs.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Language, MenuCommand } from '../shared/ipc/contract'
import { findWorkspaceArg, readAppVersion, resolveDataDir } from './appPaths'
import { resolveAppFile } from './appProtocol'
import { createHandlers } from './ipc/handlers'
import { createWorkspaceHandlers } from './ipc/workspaceHandlers'
import { registerIpc } from './ipc/register'
import { createSaveTargets } from './ipc/saveTargets'
import { buildMenuTemplate, languageOfLocale, menuLabels } from './menu'
import { CONTENT_SECURITY_POLICY, createWindowOptions } from './security'
import { createRecentFiles } from './store/recentFiles'

const APP_ORIGIN = 'app://etabli'
const isDev = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL)
const rendererDir = join(__dirname, '..', 'renderer')

// Must run before `ready`: app:// behaves like a real origin ('self' in the CSP, fetch, no file:// quirks),
// and keeps V8's compiled code of the app's scripts from one start to the next (codeCache, Electron ≥ 28.1):
// compiling them is most of a cold start's first paint.
protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
])

let mainWindow: BrowserWindow | null = null
let language: Language = 'fr'

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its arguments to the first (see 'second-instance') and leaves.
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    const file = findWorkspaceArg(argv.slice(1))
    if (file) sendMenuCommand('open-recent', file)
  })
  void app.whenReady().then(start)
}

// Hardening for every web contents, whatever creates it: no navigation, no new windows, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  mkdirSync(dataDir, { recursive: true })
  language = languageOfLocale(app.getLocale())
  const recentFiles = createRecentFiles(dataDir)

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  if (isDev) {
    // The dev server's pages come over http: give them the same policy (plus what Vite's HMR needs).
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [
            CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
              "connect-src 'self'",
              "connect-src 'self' ws:",
            ),
          ],
        },
      })
    })
  }

  protocol.handle('app', async (request) => {
    const target = resolveAppFile(request.url, rendererDir)
    if ('status' in target) {
      return new Response(target.status === 400 ? 'Bad request' : 'Forbidden', { status: target.status })
    }
    const response = await net.fetch(pathToFileURL(target.file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })

  // Save As paths from the native dialog stay here; the renderer only ever holds a handle to one.
  const saveTargets = createSaveTargets()
  const workspace = createWorkspaceHandlers({ dataDir, recentFiles, saveTargets })
  app.on('will-quit', () => void workspace.dispose())
  const handlers = createHandlers({
    transport: 'electron',
    version: readAppVersion(__dirname),
    dataDir,
    versions: {
      node: process.versions.node,
      electron: process.versions.electron,
      chrome: process.versions.chrome,
    },
    platform: process.platform,
    openAtStart: findWorkspaceArg(process.argv.slice(1)),
    language,
    recentFiles,
    workspace,
    dialogs: {
      chooseOpen: async (filters) => {
        const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters })
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      chooseSave: async (defaultPath, filters) => {
        const result = await dialog.showSaveDialog(mainWindow!, { defaultPath, filters })
        return result.canceled ? null : (result.filePath ?? null)
      },
      printToPdf: async () =>
        new Uint8Array(await mainWindow!.webContents.printToPDF({ pageSize: 'A4', printBackground: true })),
    },
    onLanguageChange: (next) => {
      language = next
      void refreshMenu()
    },
  })
  registerIpc(ipcMain, handlers, (event) => {
    const frameUrl = event.senderFrame?.url ?? ''
    return (
      frameUrl.startsWith(`${APP_ORIGIN}/`) ||
      (isDev && frameUrl.startsWith(process.env.ELECTRON_RENDERER_URL!))
    )
  })

  async function refreshMenu(): Promise<void> {
    const template = buildMenuTemplate({
      language,
      isDev,
      isMac: process.platform === 'darwin',
      recent: await recentFiles.list(),
      run: (command, path) => void runMenuCommand(command, path),
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }

  async function runMenuCommand(command: MenuCommand, path?: string): Promise<void> {
    const filters = [{ name: 'Établi', extensions: ['etabli'] }]
    if (command === 'open') {
      const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters })
      if (!result.canceled && result.filePaths[0]) sendMenuCommand('open', result.filePaths[0])
    } else if (command === 'save-as' || command === 'new') {
      // The dialog asks before replacing an existing file, so the handle's target may be replaced (if it is a
      // workspace). The path stays here: the renderer gets a one-time handle to pass back.
      const result = await dialog.showSaveDialog(mainWindow!, { filters })
      if (!result.canceled && result.filePath) {
        mainWindow?.webContents.send('menu:command', {
          command,
          handle: saveTargets.register(result.filePath),
        })
      }
    } else if (command === 'about') {
      const l = menuLabels(language)
      await dialog.showMessageBox(mainWindow!, {
        type: 'info',
        title: l.about,
        message: `Établi ${readAppVersion(__dirname)}`,
        detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
      })
    } else {
      sendMenuCommand(command, path)
    }
    if (command === 'open' || command === 'open-recent' || command === 'new') await refreshMenu()
  }

  await refreshMenu()
  mainWindow = new BrowserWindow(createWindowOptions(join(__dirname, '..', 'preload', 'index.js')))
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  if (isDev) await mainWindow.loadURL(process.env.ELECTRON_RENDERER_URL!)
  else await mainWindow.loadURL(`${APP_ORIGIN}/index.html`)
}

function sendMenuCommand(command: MenuCommand, path?: string): void {
  mainWindow?.webContents.send('menu:command', path === undefined ? { command } : { command, path })
}

app.on('open-file', (event, path) => {
  // macOS hands files opened from Finder here, before or after `ready`.
  event.preventDefault()
  sendMenuCommand('open-recent', path)
})
