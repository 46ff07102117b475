// zod schemas for every channel's request: the Node side parses each request with these before any handler runs.
import { z } from 'zod'
import type { IpcArgs, IpcChannel } from './contract'

const noArgs = z.object({}).strict()

/** One schema per channel; the mapped type makes a missing channel (or a schema of the wrong shape) a compile error. */
export const requestSchemas: { [C in IpcChannel]: z.ZodType<IpcArgs<C>> } = {
  'app:info': noArgs,
  'app:setLanguage': z.object({ language: z.enum(['fr', 'en']) }).strict(),
  'workspace:recent': noArgs,
}
