import { describe, expect, it } from 'vitest'
import { serveTasks, TaskError, TaskWorker, type WorkerLike } from './task-worker'

/** A worker and its scope joined in memory: what the page posts, `serveTasks` receives. */
function fakeWorkerPair(handle: (request: number) => Promise<number> | number) {
  const made: { terminated: boolean }[] = []
  const create = (): WorkerLike => {
    const pageListeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] }
    const scopeListeners: ((event: { data: unknown }) => void)[] = []
    const state = { terminated: false }
    made.push(state)
    serveTasks<number, number>(
      {
        addEventListener: (_type, listener) => scopeListeners.push(listener),
        postMessage: (data) => {
          if (!state.terminated) for (const l of pageListeners.message ?? []) l({ data } as never)
        },
      },
      handle,
    )
    return {
      postMessage: (data) => {
        for (const l of scopeListeners) l({ data })
      },
      terminate: () => {
        state.terminated = true
      },
      addEventListener: (type: string, listener: (event: never) => void) => {
        pageListeners[type]?.push(listener)
      },
    } as WorkerLike
  }
  return { create, made }
}

describe('TaskWorker', () => {
  it('returns what the worker computed', async () => {
    const { create } = fakeWorkerPair((n) => n * 2)
    const tasks = new TaskWorker<number, number>(create)
    expect(await tasks.run(21)).toBe(42)
    expect(tasks.busy).toBe(false)
  })

  it('turns an error thrown in the worker into a TaskError with its name and message', async () => {
    const { create } = fakeWorkerPair(() => {
      throw new RangeError('Invalid string length')
    })
    const tasks = new TaskWorker<number, number>(create)
    const error = await tasks.run(1).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TaskError)
    expect(error).toMatchObject({ kind: 'RangeError', message: 'Invalid string length' })
  })

  it('cancel() terminates the worker, rejects the task, and the next task gets a fresh worker', async () => {
    const { create, made } = fakeWorkerPair((n) => new Promise((r) => setTimeout(() => r(n), 50)))
    const tasks = new TaskWorker<number, number>(create)
    const slow = tasks.run(1)
    expect(tasks.busy).toBe(true)
    tasks.cancel()
    await expect(slow).rejects.toMatchObject({ kind: 'Cancelled' })
    expect(made[0]?.terminated).toBe(true)
    expect(await tasks.run(7)).toBe(7)
    expect(made).toHaveLength(2)
  })

  it('a new task cancels the one still running', async () => {
    const { create } = fakeWorkerPair((n) => new Promise((r) => setTimeout(() => r(n), 20)))
    const tasks = new TaskWorker<number, number>(create)
    const first = tasks.run(1)
    const second = tasks.run(2)
    await expect(first).rejects.toMatchObject({ kind: 'Cancelled' })
    expect(await second).toBe(2)
  })
})

describe('serveTasks', () => {
  it('answers each request with its id, also when the handler fails', async () => {
    const posted: unknown[] = []
    let listener: ((event: { data: unknown }) => void) | undefined
    serveTasks<string, string>(
      { addEventListener: (_t, l) => (listener = l), postMessage: (m) => posted.push(m) },
      (s) => {
        if (s === 'bad') throw new TypeError('no')
        return s.toUpperCase()
      },
    )
    listener?.({ data: { id: 1, request: 'ok' } })
    listener?.({ data: { id: 2, request: 'bad' } })
    await new Promise((r) => setTimeout(r, 0))
    expect(posted).toEqual([
      { id: 1, ok: true, result: 'OK' },
      { id: 2, ok: false, error: { name: 'TypeError', message: 'no' } },
    ])
  })
})
