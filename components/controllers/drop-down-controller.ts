import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface DropDownOptions {
  /** The open panel, or null while it is closed. */
  panel: () => HTMLElement | null;
  /** The button that opens and closes the panel: a press on it is not a press outside. */
  toggle: () => HTMLElement | null;
  /** Closes the panel (a press outside it). */
  dismiss: () => void;
}

/** Room kept free under the panel, and the least height it gets however little room is left. */
const MARGIN = 8;
const MIN_HEIGHT = 200;

/**
 * What a drop-down panel needs from the page around it: it never reaches below the bottom of the
 * window, nor of its host, which clips it (the panel's content scrolls; its own actions stay in
 * view, however short the screen or the host),
 * and a press anywhere outside it closes it, as the platform's light-dismiss popovers do; a press
 * elsewhere in the host only closes it, one on the host page also does what it does there. The
 * focus going elsewhere (Tab past its last button) closes it too.
 *
 * The room is given to the panel as `--_room` (a length), for its `max-height`.
 */
export class DropDownController implements ReactiveController {
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DropDownOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const panel = this.options.panel();
    if (panel) {
      this.fit(panel);
      if (!this.listening) this.listen(true);
    } else if (this.listening) {
      this.listen(false);
    }
  }

  hostDisconnected(): void {
    if (this.listening) this.listen(false);
  }

  private listen(on: boolean): void {
    this.listening = on;
    if (on) {
      document.addEventListener('pointerdown', this.onPointerDown, true);
      // Focus moving inside the host's shadow tree does not reach the document.
      for (const root of this.focusRoots()) root.addEventListener('focusin', this.onFocusIn, true);
      window.addEventListener('resize', this.onResize);
      // The page scrolled: the room under the panel changed.
      document.addEventListener('scroll', this.onResize, {capture: true, passive: true});
    } else {
      document.removeEventListener('pointerdown', this.onPointerDown, true);
      for (const root of this.focusRoots()) root.removeEventListener('focusin', this.onFocusIn, true);
      window.removeEventListener('resize', this.onResize);
      document.removeEventListener('scroll', this.onResize, {capture: true});
    }
  }

  private focusRoots(): Array<Document | ShadowRoot> {
    return this.host.shadowRoot ? [document, this.host.shadowRoot] : [document];
  }

  private fit(panel: HTMLElement): void {
    // The host clips what goes past its edges (a list of fixed height in a host page).
    const bottom = Math.min(window.innerHeight, this.host.getBoundingClientRect().bottom);
    const room = bottom - Math.max(panel.getBoundingClientRect().top, 0) - MARGIN;
    panel.style.setProperty('--_room', `${Math.max(room, MIN_HEIGHT)}px`);
  }

  private readonly onResize = () => {
    const panel = this.options.panel();
    if (panel) this.fit(panel);
  };

  /** True when `event` happened away from the open panel and its toggle button. */
  private isOutside(event: Event): boolean {
    const path = event.composedPath();
    const panel = this.options.panel();
    const toggle = this.options.toggle();
    return panel !== null && !path.includes(panel) && !(toggle && path.includes(toggle));
  }

  private readonly onPointerDown = (event: Event) => {
    if (!this.isOutside(event)) return;
    // In the host, the press only closes the panel (a row clicked to dismiss it stays closed);
    // on the host page around it, the press does what it does.
    if (event.composedPath().includes(this.host)) this.swallowNextClick();
    this.options.dismiss();
  };

  /** The focus left for somewhere else (Tab past the panel's last button): the panel closes. */
  private readonly onFocusIn = (event: Event) => {
    if (this.isOutside(event)) this.options.dismiss();
  };

  /** Stops the click that ends the press (it follows its pointerup in the same task). */
  private swallowNextClick(): void {
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
    };
    const stop = () => this.host.removeEventListener('click', swallow, {capture: true});
    this.host.addEventListener('click', swallow, {capture: true, once: true});
    // No click comes after a cancelled press (a touch that became a scroll).
    window.addEventListener('pointerup', () => setTimeout(stop), {capture: true, once: true});
    window.addEventListener('pointercancel', stop, {capture: true, once: true});
  }
}
