/**
 * Runs heavy work (reading a dropped file, normalizing a huge text) in a Web Worker, one task at a
 * time, so the page stays responsive; `cancel()` stops the running task for real by terminating
 * the worker (synchronous work inside it cannot be interrupted any other way), and the next task
 * starts a fresh one. Failures come back as `TaskError`s carrying the worker-side error's name and
 * message, to be shown as a message on the page.
 */

/** What the page sends: a task id and the request. */
export interface TaskRequest<Q> {
  /** Unique per task, so a late answer of a cancelled task is ignored. */
  id: number
  /** The request itself. */
  request: Q
}

/** What the worker answers: the result, or the error it threw (name and message only). */
export type TaskResponse<R> =
  | { id: number; ok: true; result: R }
  | { id: number; ok: false; error: { name: string; message: string } }

/** The part of `Worker` this module uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void
  terminate(): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void
}

/** A task that failed in the worker, was cancelled, or whose worker crashed. */
export class TaskError extends Error {
  /** `Cancelled` when `cancel()` stopped the task; else the worker-side error's name. */
  readonly kind: string
  constructor(kind: string, message: string) {
    super(message)
    this.name = 'TaskError'
    this.kind = kind
  }
}

/** One worker, one task at a time; a new task cancels the running one. */
export class TaskWorker<Q, R> {
  readonly #create: () => WorkerLike
  #worker: WorkerLike | undefined
  #next = 1
  #pending: { id: number; resolve(r: R): void; reject(e: TaskError): void } | undefined

  /** @param create - makes the worker, e.g. `() => new Worker(new URL(…), { type: 'module' })` */
  constructor(create: () => WorkerLike) {
    this.#create = create
  }

  /** Whether a task is running. */
  get busy(): boolean {
    return this.#pending !== undefined
  }

  /** Runs `request` in the worker; a task still running is cancelled first. */
  run(request: Q): Promise<R> {
    if (this.#pending !== undefined) this.cancel()
    const worker = this.#ensureWorker()
    const id = this.#next++
    return new Promise<R>((resolve, reject) => {
      this.#pending = { id, resolve, reject }
      worker.postMessage({ id, request } satisfies TaskRequest<Q>)
    })
  }

  /** Stops the running task (its promise rejects with kind `Cancelled`); no-op when idle. */
  cancel(): void {
    const pending = this.#pending
    this.#pending = undefined
    this.#worker?.terminate()
    this.#worker = undefined
    pending?.reject(new TaskError('Cancelled', 'Cancelled: the task was stopped.'))
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker !== undefined) return this.#worker
    const worker = this.#create()
    worker.addEventListener('message', (event) => {
      const data = event.data as TaskResponse<R>
      const pending = this.#pending
      if (pending === undefined || data.id !== pending.id) return
      this.#pending = undefined
      if (data.ok) pending.resolve(data.result)
      else pending.reject(new TaskError(data.error.name, data.error.message))
    })
    worker.addEventListener('error', (event) => {
      const pending = this.#pending
      this.#pending = undefined
      this.#worker?.terminate()
      this.#worker = undefined
      pending?.reject(new TaskError('WorkerError', event.message ?? 'The worker stopped.'))
    })
    this.#worker = worker
    return worker
  }
}

/**
 * The worker side: answers each request with `handle`'s result or the error it threw, so a
 * failure never escapes as an uncaught error. Call it once in the worker module.
 */
export function serveTasks<Q, R>(
  scope: {
    addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
    postMessage(message: unknown): void
  },
  handle: (request: Q) => Promise<R> | R,
): void {
  scope.addEventListener('message', (event) => {
    const { id, request } = event.data as TaskRequest<Q>
    Promise.resolve()
      .then(() => handle(request))
      .then(
        (result) => scope.postMessage({ id, ok: true, result } satisfies TaskResponse<R>),
        (error: unknown) =>
          scope.postMessage({
            id,
            ok: false,
            error: {
              name: error instanceof Error ? error.name : 'Error',
              message: error instanceof Error ? error.message : String(error),
            },
          } satisfies TaskResponse<R>),
      )
  })
}
