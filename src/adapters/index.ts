export * from './adapter.js';
export {LocalAdapter, type LocalAdapterOptions} from './local-adapter.js';
export {parseSeedBundle} from './seed.js';
