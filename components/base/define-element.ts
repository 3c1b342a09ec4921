import {ContextRoot} from '@lit/context';

const ROOT_KEY = Symbol.for('interop-clients/context-root');

/**
 * Lets providers that upgrade after their children (scripts loaded late or out of order) still
 * reach them: unanswered context requests are kept at the document and replayed.
 */
export function ensureContextRoot(): void {
  const holder = globalThis as {[ROOT_KEY]?: ContextRoot};
  if (holder[ROOT_KEY] || typeof document === 'undefined') return;
  holder[ROOT_KEY] = new ContextRoot();
  holder[ROOT_KEY].attach(document.documentElement);
}

/**
 * Registers `constructor` under `tagName` without ever throwing at the host page: the same class
 * already registered is skipped silently; another class holding the name gets one clear warning.
 * Returns true when the tag now names this class.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  ensureContextRoot();
  const existing = customElements.get(tagName);
  if (existing === constructor) return true;
  if (existing) {
    console.warn(
      `[interop-clients] <${tagName}> is already defined by another class (${existing.name || 'anonymous'}); ` +
        `${constructor.name} was not registered. Register it under another name, e.g. ${constructor.name}.define('acme-${tagName}').`,
    );
    return false;
  }
  try {
    customElements.define(tagName, constructor);
    return true;
  } catch (error) {
    console.warn(`[interop-clients] <${tagName}> could not be registered: ${(error as Error).message}`);
    return false;
  }
}
