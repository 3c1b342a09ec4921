import {setupWorker, type SetupWorker} from 'msw/browser';
import type {RequestHandler} from 'msw';

let worker: SetupWorker | undefined;

/**
 * Starts msw's service worker in the test page (web-test-runner.config.mjs serves it at
 * `/mockServiceWorker.js`, from the installed msw). Requests no handler matches go to the network.
 */
export async function startMockWorker(): Promise<void> {
  if (worker) return;
  worker = setupWorker();
  await worker.start({quiet: true, onUnhandledRequest: 'bypass', serviceWorker: {url: '/mockServiceWorker.js'}});
}

/** Answers with these handlers (and only these) from now on. */
export function mockRequests(...handlers: RequestHandler[]): void {
  if (!worker) throw new Error('startMockWorker() first');
  worker.resetHandlers(...handlers);
}

/** Stops the worker and unregisters it, so that the next test files run without it. */
export async function stopMockWorker(): Promise<void> {
  worker?.stop();
  worker = undefined;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
}
