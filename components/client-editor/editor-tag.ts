import {unsafeStatic, type StaticValue} from 'lit/static-html.js';
import {ClientEditor} from './client-editor.js';

/** Names tried, in order, when ClientEditor is not registered yet. */
const FALLBACK_TAGS = [ClientEditor.tagName, 'interop-client-editor'];

let cached: {name: string; tag: StaticValue} | undefined;

/**
 * The tag under which `<client-editor>` is registered on this page, for elements that render one
 * in their shadow root (lit/static-html). Never a hard-coded global tag: a page may have
 * registered ClientEditor under another name (`ClientEditor.define('acme-client-editor')`). When it
 * is not registered yet it is defined here, under its default tag or, when another class holds
 * that name, under a fallback one.
 */
export function clientEditorTag(): StaticValue {
  const name = registeredName() ?? defineSomewhere();
  if (cached?.name !== name) cached = {name, tag: unsafeStatic(name)};
  return cached.tag;
}

function registeredName(): string | undefined {
  if (typeof customElements === 'undefined') return undefined;
  if (typeof customElements.getName === 'function') return customElements.getName(ClientEditor) ?? undefined;
  return FALLBACK_TAGS.find((tag) => customElements.get(tag) === ClientEditor);
}

function defineSomewhere(): string {
  for (const tag of FALLBACK_TAGS) {
    if (typeof customElements !== 'undefined' && customElements.get(tag) && customElements.get(tag) !== ClientEditor) continue;
    if (ClientEditor.define(tag)) return tag;
  }
  // Nothing could be registered (no custom elements): an unknown element renders nothing.
  return FALLBACK_TAGS[0]!;
}
