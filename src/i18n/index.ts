export * from './translate.js';
export {frCA} from './fr-CA.js';
export {enCA} from './en-CA.js';
