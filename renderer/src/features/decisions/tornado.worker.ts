// A sensitivity worker: projects the scenario twice per figure (about a second for a hundred figures), off the page's thread.
import { expose } from 'comlink'
import { tornado, type TornadoKpi, type TornadoResult } from '@shared/decision/sensitivity'
import type { Uncertainty } from '@shared/decision/uncertainty'
import type { ModelInput } from '@shared/model/types'
import { inWorker } from './workerFailure'

const api = {
  tornado(input: ModelInput, kpi: TornadoKpi, uncertainty: Uncertainty): TornadoResult {
    return inWorker(() => tornado(input, kpi, uncertainty))
  },
}

export type TornadoWorkerApi = typeof api

expose(api)
