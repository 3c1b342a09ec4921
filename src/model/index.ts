export * from './types.js';
export * from './fold.js';
export * from './collate.js';
export * from './status.js';
export * from './phone.js';
export * from './postal-code.js';
export * from './sales.js';
export * from './client-row.js';
