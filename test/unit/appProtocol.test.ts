// The app:// handler's path rule: renderer files only, 400 on a malformed escape, 403 outside the folder.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { resolveAppFile } from '../../electron/appProtocol'

const root = join('/opt', 'etabli', 'renderer')

describe('resolveAppFile', () => {
  it('maps the root to index.html and a path to the file inside the renderer', () => {
    expect(resolveAppFile('app://etabli/', root)).toEqual({ file: join(root, 'index.html') })
    expect(resolveAppFile('app://etabli/assets/a%20b.js', root)).toEqual({
      file: join(root, 'assets', 'a b.js'),
    })
  })

  it('answers 400 to a malformed % escape instead of throwing', () => {
    expect(resolveAppFile('app://etabli/%', root)).toEqual({ status: 400 })
    expect(resolveAppFile('app://etabli/assets/%E0%A4%A.js', root)).toEqual({ status: 400 })
  })

  it('answers 403 to another host or an escape from the folder', () => {
    expect(resolveAppFile('app://other/index.html', root)).toEqual({ status: 403 })
    expect(resolveAppFile('app://etabli/..%2f..%2fetc%2fpasswd', root)).toEqual({ status: 403 })
  })
})
