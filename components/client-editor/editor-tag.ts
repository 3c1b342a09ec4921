import type {StaticValue} from 'lit/static-html.js';
import {registeredTag} from '../base/element-tag.js';
import {ClientEditor} from './client-editor.js';

/**
 * The tag under which `<client-editor>` is registered on this page (`registeredTag`), for the
 * list and the file that render one in their shadow root.
 */
export function clientEditorTag(): StaticValue {
  return registeredTag(ClientEditor);
}
