import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {activeFilterCount, emptyFilter} from '../../src/model/client-query.js';
import type {ReferenceData} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {DropDownController} from '../controllers/drop-down-controller.js';
import {icons} from '../ui/icons.js';
import {renderFilterPanel, type PanelDraft, type PickOption} from './filter-panel.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment};

export interface FilterPanelControllerOptions {
  /** `id` of the panel in the host's shadow root. */
  id: string;
  i18n: LocaleController;
  /** The choices in effect, which the panel starts from. */
  applied: () => PanelDraft;
  /** "Appliquer": the draft becomes the choices in effect. */
  apply: (choices: PanelDraft) => void;
  /** The sectors and reps to pick from. */
  reference: () => ReferenceData | undefined;
}

/**
 * The "Filtres" button and panel of the list: the panel edits a draft of the choices in effect,
 * applied only by "Appliquer"; ×, Escape or a press outside close it as it was.
 */
export class FilterPanelController implements ReactiveController {
  /** The panel's draft; the panel is open while there is one. */
  private draft: PanelDraft | undefined;
  /** The pick list (Secteur, Représentant) open in the panel. */
  private openPick: 'sector' | 'rep' | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: FilterPanelControllerOptions,
  ) {
    host.addController(this);
    new DropDownController(host, {
      panel: () => (this.draft ? this.host.renderRoot.querySelector<HTMLElement>(`#${options.id}`) : null),
      toggle: () => this.button,
      dismiss: () => void this.close(false),
    });
  }

  hostConnected(): void {}

  /** The "Filtres" button, "(n)" counting the choices in effect. */
  renderButton(): TemplateResult {
    const {id, i18n} = this.options;
    const count = activeFilterCount(this.options.applied().filter);
    const open = Boolean(this.draft);
    return html`
      <button
        type="button"
        class="icon-button filter-button"
        part="filter-button"
        aria-label=${count ? i18n.t('list.filters.button', {count}) : i18n.t('list.filters')}
        aria-haspopup="dialog"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? id : nothing}
        @click=${this.toggle}
      >
        ${icons.filter}${count ? html`<span class="filter-count">(${count})</span>` : nothing}
      </button>
    `;
  }

  renderPanel(): TemplateResult | typeof nothing {
    const draft = this.draft;
    if (!draft) return nothing;
    return renderFilterPanel({
      id: this.options.id,
      draft,
      sectors: this.pickOptions('sector'),
      reps: this.pickOptions('rep'),
      openPick: this.openPick,
      t: (key, params) => this.options.i18n.t(key, params),
      onChange: (next) => this.set(next, this.openPick),
      onTogglePick: (pick) => this.set(draft, this.openPick === pick ? undefined : pick),
      onClear: () => this.set({filter: emptyFilter(), groupBy: null, sort: draft.sort}, this.openPick),
      onApply: () => {
        this.options.apply(draft);
        void this.close();
      },
      onClose: () => void this.close(),
    });
  }

  private get button(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.filter-button');
  }

  private set(draft: PanelDraft | undefined, openPick: 'sector' | 'rep' | undefined): void {
    this.draft = draft;
    this.openPick = openPick;
    this.host.requestUpdate();
  }

  private toggle = async (): Promise<void> => {
    if (this.draft) return this.close();
    // The panel never mutates its draft (each change is a new one): it starts from the choices as they are.
    this.set(this.options.applied(), undefined);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>(`#${this.options.id} input`)?.focus();
  };

  /** Closes the panel without applying its draft; focus goes back to the button unless the user pressed elsewhere. */
  private async close(focusButton = true): Promise<void> {
    this.set(undefined, undefined);
    await this.host.updateComplete;
    if (focusButton) this.button?.focus();
  }

  /** A pick list's choices (active ones, and any already chosen), by label. */
  private pickOptions(pick: 'sector' | 'rep'): PickOption[] {
    const reference = this.options.reference();
    if (!reference) return [];
    const locale = this.options.i18n.locale;
    const language = locale === 'en-CA' ? 'en' : 'fr';
    const chosen = new Set(pick === 'sector' ? (this.draft?.filter.sectorIds ?? []) : (this.draft?.filter.repIds ?? []));
    const options =
      pick === 'sector'
        ? reference.sectors.filter((s) => s.active !== false || chosen.has(s.id)).map((s) => ({id: s.id, label: s[language] || s.fr}))
        : reference.reps.filter((r) => r.active !== false || chosen.has(r.id)).map((r) => ({id: r.id, label: r.name}));
    const collator = new Intl.Collator(locale);
    return options.sort((a, b) => collator.compare(a.label, b.label));
  }
}
