import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {
  AddressLookupError,
  newLookupSession,
  type AddressLookupProvider,
  type AddressLookupResult,
  type AddressSuggestion,
} from '../../src/adapters/address-lookup.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {Combobox} from '../ui/combobox.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Wait after the last keystroke before asking the provider. */
const TYPING_DELAY = 250;
/** Fewer characters than this are not looked up. */
const MIN_QUERY = 3;

export interface LookupRender {
  i18n: LocaleController;
  provider: AddressLookupProvider;
  /** Fills the form with the chosen place. */
  onFill: (result: AddressLookupResult) => void;
}

/**
 * The address search of the address editor: a searchable picker (the shared Combobox) whose
 * suggestions come from the host's AddressLookupProvider as the user types, then the chosen
 * place's fields. One session token per search (Google bills a search and its choice as one).
 * A failure is said next to the field, never thrown at the page.
 */
export class AddressLookup implements ReactiveController {
  private readonly combobox: Combobox;
  private query = '';
  private suggestions: readonly AddressSuggestion[] = [];
  private state: 'idle' | 'searching' | 'filling' = 'idle';
  private error: string | undefined;
  private filled = false;
  private session = newLookupSession();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private options: LookupRender | undefined;

  constructor(
    private readonly host: Host,
    readonly id = 'lookup',
  ) {
    host.addController(this);
    this.combobox = new Combobox(host, id);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets the search (the dialog closed). */
  reset(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = undefined;
    this.query = '';
    this.suggestions = [];
    this.state = 'idle';
    this.error = undefined;
    this.filled = false;
    this.session = newLookupSession();
    this.combobox.reset();
  }

  render(options: LookupRender): TemplateResult {
    this.options = options;
    const {i18n, provider} = options;
    return html`<div class="lookup">
      ${this.combobox.render({
        id: this.id,
        label: i18n.t('lookup.label'),
        value: null,
        selectedLabel: '',
        search: this.search,
        onChange: (id) => {
          if (id) void this.choose(id);
        },
        clearLabel: i18n.t('lookup.clear'),
        emptyText: this.state === 'searching' ? i18n.t('lookup.searching') : i18n.t('lookup.empty'),
        error: this.error,
        hint: provider.attribution ? i18n.t('lookup.attribution', {provider: provider.attribution}) : undefined,
      })}
    </div>`;
  }

  /**
   * What the search is doing, or that it filled the form: a live region kept in place (outside
   * the search, which closes once a place is chosen), so that screen readers hear it.
   */
  renderStatus(i18n: LocaleController): TemplateResult {
    const text = this.filled
      ? i18n.t('lookup.filled')
      : this.state === 'searching'
        ? i18n.t('lookup.searching')
        : this.state === 'filling'
          ? i18n.t('lookup.filling')
          : '';
    return html`<p class="lookup-status" role="status">${text}</p>`;
  }

  /** The Combobox asks for the options of what is typed: the last answer, and a new question if it changed. */
  private readonly search = (query: string) => {
    const text = query.trim();
    if (text !== this.query) this.schedule(text);
    return this.suggestions.map((suggestion) => ({value: suggestion.id, label: suggestion.label}));
  };

  private schedule(text: string): void {
    this.query = text;
    clearTimeout(this.timer);
    this.controller?.abort();
    this.suggestions = [];
    this.error = undefined;
    this.filled = false;
    if (text.length < MIN_QUERY) {
      this.state = 'idle';
      return;
    }
    this.state = 'searching';
    this.timer = setTimeout(() => void this.fetch(text), TYPING_DELAY);
  }

  private async fetch(text: string): Promise<void> {
    const options = this.options;
    if (!options) return;
    const controller = new AbortController();
    this.controller = controller;
    try {
      const suggestions = await options.provider.suggest(text, {locale: options.i18n.locale, sessionToken: this.session, signal: controller.signal});
      if (controller.signal.aborted) return;
      this.suggestions = suggestions;
      this.state = 'idle';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  private async choose(id: string): Promise<void> {
    const options = this.options;
    if (!options) return;
    clearTimeout(this.timer);
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.state = 'filling';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const result = await options.provider.details(id, {locale: options.i18n.locale, sessionToken: this.session, signal: controller.signal});
      if (controller.signal.aborted) return;
      // The choice ends the search session.
      this.session = newLookupSession();
      this.state = 'idle';
      this.query = '';
      this.suggestions = [];
      this.filled = true;
      options.onFill(result);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    this.state = 'idle';
    const i18n = this.options?.i18n;
    const kind = error instanceof AddressLookupError ? error.kind : 'network';
    if (!(error instanceof AddressLookupError)) console.error('[interop-clients] the address lookup failed', error);
    this.error = i18n?.tk(`lookup.error.${kind}`);
  }
}

export const lookupStyles = css`
  .lookup {
    display: grid;
    gap: 4px;
    padding: 12px;
    border-radius: var(--_radius);
    background: var(--ic-color-lookup, #f3f7f9);
  }
  .lookup-status {
    margin: 0;
    font-size: 13px;
    color: var(--_muted-text, #56646b);
  }
  /* Out of the flow while empty, but still there for screen readers to follow. */
  .lookup-status:empty {
    position: absolute;
  }
`;

/** Renders nothing when there is no provider (no key configured). */
export function lookupButton(options: {label: string; expanded: boolean; icon: TemplateResult; onToggle: () => void} | undefined): TemplateResult | typeof nothing {
  if (!options) return nothing;
  return html`<button
    type="button"
    class="icon-button lookup-button"
    aria-label=${options.label}
    title=${options.label}
    aria-expanded=${options.expanded ? 'true' : 'false'}
    aria-controls="lookup-region"
    @click=${options.onToggle}
  >
    ${options.icon}
  </button>`;
}
