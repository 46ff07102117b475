// Types of chromium.cjs for the TypeScript files that import it.
export declare function findChromium(): { path: string | undefined; label: string }
export declare const chromiumArgs: string[]
