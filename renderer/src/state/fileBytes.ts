// Files between the page and the Node side: bytes to base64 and back (IPC carries JSON), and the download of an exported file.

/** Base64 of the bytes, built in slices so that a large file never overflows the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

/** Hands an exported file to the browser's download (the browser asks where, or saves to Downloads). */
export function downloadFile(file: { fileName: string; mimeType: string; dataBase64: string }): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.dataBase64)], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  // The download starts from the link at once; the object URL is released once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
