// Types of electronPath.cjs for the TypeScript files that import it.
export declare function findElectronBinary(env?: NodeJS.ProcessEnv): string | null
