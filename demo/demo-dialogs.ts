import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {attribution, lines, text, type DemoLocale} from './demo-strings.js';

type Host = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

export interface DemoDialogsOptions {
  /** The shell's current language. */
  locale: () => DemoLocale;
  /** The IndexedDB database "Réinitialiser la démo" erases. */
  dbName: string;
}

/**
 * The demo shell's dialogs: "À propos" (with the data sources), "Aide", and "Réinitialiser la
 * démo". They render inside the shell (`render()`), as native modal `<dialog>` elements.
 *
 * While the demo resets, `resetting` is true: the shell then removes its `<clients-provider>`,
 * so that its store closes the database before it is erased.
 */
export class DemoDialogs implements ReactiveController {
  /** The demo database is being erased; the page reloads when done. */
  resetting = false;

  constructor(
    private readonly host: Host,
    private readonly options: DemoDialogsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  openAbout(): void {
    this.dialog('about')?.showModal();
  }

  openHelp(): void {
    this.dialog('help')?.showModal();
  }

  openReset(): void {
    this.dialog('reset')?.showModal();
  }

  render(): TemplateResult {
    return html`${this.renderAbout()} ${this.renderHelp()} ${this.renderReset()}`;
  }

  private t(key: Parameters<typeof text>[1]): string {
    return text(this.options.locale(), key);
  }

  private dialog(id: 'about' | 'help' | 'reset'): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`dialog#${id}`);
  }

  /**
   * Erases the demo database and reloads: the provider is removed first so that its store closes
   * the database (other tabs close theirs on `versionchange`), then the seed loads again.
   */
  private async reset(): Promise<void> {
    this.resetting = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The provider frees its store a microtask after it leaves the DOM.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(this.options.dbName);
      const timer = setTimeout(resolve, 5000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      request.onsuccess = done;
      request.onerror = done;
      // Blocked: another tab still holds it; it closes on `versionchange`, success follows.
    });
    location.reload();
  }

  private renderAbout() {
    return html`<dialog id="about" aria-labelledby="about-title">
      <h2 id="about-title">${this.t('aboutTitle')}</h2>
      <div class="dialog-body">
        <p>${this.t('aboutIntro')}</p>
        <h3>${this.t('aboutSources')}</h3>
        <ul>
          ${attribution(this.options.locale()).map((line) => html`<li lang=${line.lang}>${line.text}</li>`)}
        </ul>
      </div>
      <form method="dialog" class="dialog-actions">
        <button class="button primary">${this.t('close')}</button>
      </form>
    </dialog>`;
  }

  private renderHelp() {
    return html`<dialog id="help" aria-labelledby="help-title">
      <h2 id="help-title">${this.t('helpTitle')}</h2>
      <div class="dialog-body">
        <ul>
          ${lines(this.options.locale(), 'helpBody').map((line) => html`<li>${line}</li>`)}
        </ul>
      </div>
      <form method="dialog" class="dialog-actions">
        <button class="button primary">${this.t('close')}</button>
      </form>
    </dialog>`;
  }

  private renderReset() {
    return html`<dialog id="reset" aria-labelledby="reset-title">
      <h2 id="reset-title">${this.t('resetTitle')}</h2>
      <div class="dialog-body"><p>${this.t('resetBody')}</p></div>
      <form method="dialog" class="dialog-actions">
        <button class="button" ?disabled=${this.resetting}>${this.t('cancel')}</button>
        <button class="button danger" type="button" ?disabled=${this.resetting} @click=${() => void this.reset()}>
          ${this.resetting ? this.t('resetting') : this.t('resetConfirm')}
        </button>
      </form>
    </dialog>`;
  }
}
