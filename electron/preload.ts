// The sandboxed preload: exposes the contract's channels, and nothing else, as window.etabli.
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './preloadBridge'

contextBridge.exposeInMainWorld('etabli', createBridge(ipcRenderer))
