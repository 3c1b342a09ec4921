export * from './client-store.js';
export * from './context.js';
export * from './operations.js';
export {defaultStore} from './default-store.js';
export {backoffDelay, type Rejection} from './outbox-sender.js';
export type {LoadProgress} from './pull.js';
