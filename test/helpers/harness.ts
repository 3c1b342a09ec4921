import {waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Implicit roles of the elements our components use. */
function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  switch (el.localName) {
    case 'button':
      return 'button';
    case 'a':
      return el.hasAttribute('href') ? 'link' : null;
    case 'select':
      return (el as HTMLSelectElement).multiple ? 'listbox' : 'combobox';
    case 'textarea':
      return 'textbox';
    case 'dialog':
      return 'dialog';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
      return 'heading';
    case 'img':
      return 'img';
    case 'output':
      return 'status';
    case 'input': {
      const type = (el as HTMLInputElement).type;
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'search') return 'searchbox';
      if (type === 'file') return 'button';
      if (type === 'date') return 'date';
      return 'textbox';
    }
    default:
      return null;
  }
}

/** The text of a node as read aloud: `aria-hidden` parts left out. */
function readText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof ShadowRoot) return [...node.childNodes].map(readText).join('');
  if (!(node instanceof Element)) return '';
  if (node.localName === 'style' || node.localName === 'script') return '';
  if (node.getAttribute('aria-hidden') === 'true') return '';
  if (node instanceof HTMLImageElement) return node.alt;
  return [...node.childNodes].map(readText).join('');
}

/**
 * Finds what a user finds in one element's shadow root: by role and accessible name, visible
 * only; and drives it with real clicks and keys.
 */
export class ShadowHarness {
  constructor(readonly host: Element) {}

  get root(): ShadowRoot {
    const root = this.host.shadowRoot;
    if (!root) throw new Error(`<${this.host.localName}> has no shadow root`);
    return root;
  }

  /** Every visible element of `role` (and `name`, exact or a pattern). */
  all(role: string, name?: string | RegExp): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('*')].filter(
      (el) =>
        roleOf(el) === role &&
        visible(el) &&
        (name === undefined || (typeof name === 'string' ? this.name(el) === name : name.test(this.name(el)))),
    );
  }

  /** The one visible element of `role` named `name`; throws otherwise. */
  get<T extends HTMLElement = HTMLElement>(role: string, name?: string | RegExp): T {
    const found = this.all(role, name);
    if (found.length !== 1) {
      const names = this.all(role).map((el) => JSON.stringify(this.name(el)));
      throw new Error(`expected one ${role} named ${String(name)}, found ${found.length} (${role}s: ${names.join(', ')})`);
    }
    return found[0] as T;
  }

  /** A labelled form control (textbox, combobox, checkbox, date…), by its label. */
  field<T extends HTMLElement = HTMLInputElement>(label: string | RegExp): T {
    const controls = [...this.root.querySelectorAll<HTMLElement>('input, select, textarea, output')].filter(
      (el) => visible(el) && (typeof label === 'string' ? this.name(el) === label : label.test(this.name(el))),
    );
    if (controls.length !== 1) throw new Error(`expected one field labelled ${String(label)}, found ${controls.length}`);
    return controls[0] as T;
  }

  /** The accessible name (aria-labelledby, aria-label, label, content). */
  name(el: Element): string {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return normalize(labelledBy.split(/\s+/).map((id) => readText(this.root.getElementById(id) ?? document.createTextNode(''))).join(' '));
    const label = el.getAttribute('aria-label');
    if (label) return normalize(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length) return normalize([...labels].map(readText).join(' '));
    if (el.localName === 'input' || el.localName === 'select' || el.localName === 'textarea') return '';
    return normalize(readText(el));
  }

  /** The text of the elements that describe a control (its error message, hint…). */
  description(el: Element): string {
    const ids = el.getAttribute('aria-describedby') ?? '';
    return normalize(ids.split(/\s+/).filter(Boolean).map((id) => readText(this.root.getElementById(id) ?? document.createTextNode(''))).join(' '));
  }

  /** The error message tied to a control, '' when none. */
  error(el: Element): string {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
    return normalize(ids.map((id) => readText(this.root.getElementById(id) ?? document.createTextNode(''))).join(' '));
  }

  text(): string {
    return normalize(readText(this.root));
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  /** Clicks the middle of an element with the real mouse. */
  async click(el: Element): Promise<void> {
    el.scrollIntoView({block: 'center', inline: 'nearest'});
    const box = el.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await this.settle();
  }

  /** Focuses a field (by a real click) and types into it, after selecting what it holds. */
  async type(el: HTMLElement, text: string): Promise<void> {
    await this.click(el);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
    await sendKeys({type: text});
    await this.settle();
  }

  async press(key: string): Promise<void> {
    await sendKeys({press: key});
    await this.settle();
  }

  /**
   * Chooses an option of a native select with the keyboard (focus, then type its label). The
   * browser's type-ahead buffer lasts a second: a choice right after another one waits for it.
   */
  async choose(select: HTMLSelectElement, label: string): Promise<void> {
    const wait = lastChoice + 1100 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    select.focus();
    await sendKeys({type: label});
    lastChoice = Date.now();
    await this.settle();
    if (select.selectedOptions[0]?.textContent?.trim() !== label) {
      throw new Error(`"${label}" could not be chosen in ${this.name(select)} (got ${select.selectedOptions[0]?.textContent})`);
    }
  }

  async settle(): Promise<void> {
    await (this.host as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    await (this.host as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete;
  }

  /** Waits until `condition` holds; a condition that throws (an element not there yet) does not hold. */
  async waitFor(condition: () => unknown, message: string): Promise<void> {
    const holds = () => {
      try {
        return condition();
      } catch {
        return false;
      }
    };
    await waitUntil(holds, message, {timeout: 4000});
  }
}

let lastChoice = 0;

function visible(el: HTMLElement): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  return !el.closest('[hidden]');
}
