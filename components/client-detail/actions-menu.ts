import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {createRef, ref} from 'lit/directives/ref.js';
import {icons} from '../ui/icons.js';

/** One entry of the Actions menu. */
export interface MenuAction {
  id: string;
  label: string;
  /** Shown, focusable and described, but not activatable. */
  disabled?: boolean;
  /** Why it is disabled (read by screen readers, shown as a tooltip). */
  description?: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ↓ open it on the first item, ↑ on
 * the last; ↑ ↓ Home End and the first letter move between items; Escape closes it and gives
 * the focus back to the button; leaving it (Tab, a click elsewhere) closes it.
 */
export class ActionsMenu implements ReactiveController {
  /** Whether the menu is shown. */
  open = false;

  private readonly anchor = createRef<HTMLElement>();
  private readonly button = createRef<HTMLButtonElement>();
  private readonly menu = createRef<HTMLElement>();

  constructor(
    private readonly host: Host,
    private readonly onSelect: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  /** Opens the menu and focuses its first (or last) item. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.open = true;
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const items = this.items();
    items[focus === 'first' ? 0 : items.length - 1]?.focus();
  }

  /** Closes the menu; the focus goes back to the button unless it is moving elsewhere. */
  hide(restoreFocus = true): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
    if (restoreFocus) this.button.value?.focus();
  }

  render(label: string, actions: readonly MenuAction[]): TemplateResult {
    return html`
      <div ${ref(this.anchor)} class="menu-anchor" @focusout=${this.onFocusOut}>
        <button
          ${ref(this.button)}
          id="actions-button"
          class="primary-button"
          part="actions-button"
          aria-haspopup="menu"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="actions-menu"
          @click=${this.onButtonClick}
          @keydown=${this.onButtonKeydown}
        >
          ${label} ${icons.chevronDown}
        </button>
        <div
          ${ref(this.menu)}
          id="actions-menu"
          class="menu"
          part="actions-menu"
          role="menu"
          aria-labelledby="actions-button"
          ?hidden=${!this.open}
          @keydown=${this.onMenuKeydown}
        >
          ${actions.map(
            (action) => html`
              <button
                role="menuitem"
                class="menu-item"
                tabindex="-1"
                data-id=${action.id}
                aria-disabled=${action.disabled ? 'true' : 'false'}
                aria-describedby=${action.description ? `action-${action.id}-description` : nothing}
                @click=${() => this.activate(action)}
              >
                ${action.label}
                ${action.disabled && action.description
                  ? html`<span class="menu-item-reason" aria-hidden="true">${action.description}</span>`
                  : nothing}
              </button>
            `,
          )}
        </div>
        ${actions.map((action) =>
          action.description ? html`<span id="action-${action.id}-description" hidden>${action.description}</span>` : nothing,
        )}
      </div>
    `;
  }

  private items(): HTMLElement[] {
    return [...(this.menu.value?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  private activate(action: MenuAction): void {
    if (action.disabled) return;
    this.hide();
    this.onSelect(action.id);
  }

  private readonly onButtonClick = () => {
    if (this.open) this.hide();
    else void this.show('first');
  };

  private readonly onButtonKeydown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onMenuKeydown = (event: KeyboardEvent) => {
    const items = this.items();
    const current = items.indexOf(event.target as HTMLElement);
    let next = -1;
    switch (event.key) {
      case 'ArrowDown':
        next = (current + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (current - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.hide();
        return;
      case 'Tab':
        this.hide(false);
        return;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) next = this.matchLetter(items, current, event.key);
    }
    if (next >= 0) {
      event.preventDefault();
      items[next]?.focus();
    }
  };

  /** The next item whose label starts with `letter` (accents ignored), after the current one. */
  private matchLetter(items: HTMLElement[], current: number, letter: string): number {
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const wanted = fold(letter);
    for (let step = 1; step <= items.length; step += 1) {
      const index = (current + step) % items.length;
      if (fold(items[index]?.textContent?.trim() ?? '').startsWith(wanted)) return index;
    }
    return -1;
  }

  /** Focus moved elsewhere (Tab, another control): close. */
  private readonly onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (this.open && to && !this.anchor.value?.contains(to)) this.hide(false);
  };

  /** A press anywhere else (focusable or not, in any browser): close. */
  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    if (this.anchor.value && !event.composedPath().includes(this.anchor.value)) this.hide(false);
  };
}

export const menuStyles = css`
  .menu-anchor {
    position: relative;
  }
  .menu {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 6px);
    z-index: 10;
    min-width: 240px;
    padding: 6px 0;
    background: var(--_surface);
    border: 1px solid var(--_primary);
    border-radius: 10px;
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .menu[hidden] {
    display: none;
  }
  .menu-item {
    display: block;
    width: 100%;
    padding: 12px 14px;
    border: none;
    background: none;
    text-align: start;
    font-size: 15px;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus-visible {
    background: rgb(11 58 74 / 0.08);
  }
  .menu-item:focus-visible {
    outline-offset: -2px;
  }
  .menu-item[aria-disabled='true'] {
    color: var(--_inactive);
    cursor: not-allowed;
  }
  /* Why an entry is disabled, visible to everyone (not only in a tooltip). */
  .menu-item-reason {
    display: block;
    max-width: 320px;
    margin-top: 2px;
    font-size: 12px;
    line-height: 1.35;
    white-space: normal;
    color: var(--_muted-strong, #4d5c63);
  }
`;
