/**
 * Long computations written once as generators that `yield` at regular checkpoints, then run
 * either at once (`runNow`) or in slices that give the event loop back between them
 * (`runSliced`), so that no task of the page lasts long enough to be felt (50 ms).
 */
export type Work<T> = Generator<void, T, void>;

/** Runs the work to its end, without pausing. */
export function runNow<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Longest stretch of work between two pauses. */
export const SLICE_MS = 8;

/**
 * Runs the work in slices of about `sliceMs`, pausing between them (a new task, so that input,
 * rendering and I/O callbacks run). Stops with the signal's reason once it is aborted.
 */
export async function runSliced<T>(work: Work<T>, options: {sliceMs?: number; signal?: AbortSignal} = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await nextTask();
      options.signal?.throwIfAborted();
      deadline = performance.now() + sliceMs;
    }
  }
}

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * Resolves in a new task of ordinary priority (a message: unlike `setTimeout(0)`, never clamped
 * to 4 ms), so that input, rendering and I/O callbacks waiting meanwhile run first.
 */
export function nextTask(): Promise<void> {
  // Node (scripts, benchmarks): its own "next task" (a port would keep the process alive).
  const immediate = (globalThis as {setImmediate?: (callback: () => void) => void}).setImmediate;
  if (immediate) return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
