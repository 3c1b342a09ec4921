import {css, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {menuStyles} from '../client-detail/actions-menu.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment};

/**
 * Small pop-ups opened by a button (WAI-ARIA disclosure): the note types of "+", the actions of
 * an attached file. One is open at a time, named by a key. The trigger carries `aria-expanded`;
 * the pop-up's buttons follow it in the tab order. Escape closes it and gives the focus back to
 * its trigger; a press or the focus elsewhere closes it.
 *
 * Markup: an element `data-popover=<key>` holding the trigger (`.popover-trigger`) and, while
 * open, the pop-up (`.menu`, its buttons `.menu-item`) with `@keydown=${popover.onKeydown}` and
 * `@focusout=${popover.onFocusOut}` on the holder.
 */
export class Popover implements ReactiveController {
  /** The key of the open pop-up. */
  openKey: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.openKey = undefined;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  isOpen(key: string): boolean {
    return this.openKey === key;
  }

  /** Opens the pop-up `key` (closing another) and focuses its first button. */
  async open(key: string): Promise<void> {
    this.openKey = key;
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.holder(key)?.querySelector<HTMLElement>('.menu button:not([disabled])')?.focus();
  }

  toggle(key: string): void {
    if (this.openKey === key) this.close();
    else void this.open(key);
  }

  /** Closes the open pop-up; the focus goes back to its trigger unless it moves elsewhere. */
  close(restoreFocus = true): void {
    const key = this.openKey;
    if (key === undefined) return;
    const trigger = this.holder(key)?.querySelector<HTMLElement>('.popover-trigger');
    this.openKey = undefined;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
    if (restoreFocus) trigger?.focus();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.openKey === undefined) return;
    // Only the pop-up closes, not the dialog around it.
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const key = this.openKey;
    const to = event.relatedTarget as Node | null;
    if (key !== undefined && to && !this.holder(key)?.contains(to)) this.close(false);
  };

  private holder(key: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[data-popover="${CSS.escape(key)}"]`);
  }

  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    const key = this.openKey;
    const holder = key === undefined ? null : this.holder(key);
    if (!holder || !event.composedPath().includes(holder)) this.close(false);
  };
}

/**
 * The pop-ups look like the file's Actions menu (`menuStyles`: classes `menu` and `menu-item`);
 * only the holder's positioning and the disabled items' colour are added.
 */
export const popoverStyles = [
  menuStyles,
  css`
    [data-popover] {
      position: relative;
      --_inactive: var(--ic-color-inactive, #66727a);
    }
    .menu {
      min-width: 220px;
    }
  `,
];
