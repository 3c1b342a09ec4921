import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {describedBy, fieldLabel, fieldMessages, type FieldOptions} from './fields.js';
import {icons} from './icons.js';

export interface ComboboxOption {
  value: string;
  label: string;
  /** Shown in bold before the label (e.g. a client code). */
  code?: string;
}

export interface ComboboxRenderOptions extends FieldOptions {
  /** The chosen value, `null` when none. */
  value: string | null;
  /** What the input shows for the chosen value while the user is not typing. */
  selectedLabel: string;
  /** The options matching what was typed (a few: the caller limits them). */
  search: (query: string) => readonly ComboboxOption[];
  onChange: (value: string | null) => void;
  /** Accessible name of the × button. */
  clearLabel: string;
  /** Shown in the list when nothing matches. */
  emptyText: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A searchable picker (WAI-ARIA APG "combobox with list autocomplete"): type to filter, ↓ ↑ to
 * move, Enter to choose, Escape to close the list (then to undo the typing), × to clear. Leaving
 * the field with its text erased clears the choice; otherwise the text goes back to the choice.
 *
 * The list stays in the same shadow root as the input, so `aria-activedescendant` resolves.
 */
export class Combobox implements ReactiveController {
  /** The text being typed; `undefined` while the input shows the chosen value. */
  private query: string | undefined;
  private expanded = false;
  private active = -1;
  private results: readonly ComboboxOption[] = [];
  private options: ComboboxRenderOptions | undefined;

  constructor(
    private readonly host: Host,
    /** Prefix of the ids of the input, list and options. */
    readonly id: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets the typing and closes the list (e.g. when the dialog holding the picker closes). */
  reset(): void {
    this.query = undefined;
    this.expanded = false;
    this.active = -1;
  }

  render(options: ComboboxRenderOptions): TemplateResult {
    this.options = options;
    const listId = `${this.id}-listbox`;
    const editable = !options.disabled && !options.readonly;
    if (this.expanded) this.results = options.search(this.query ?? '');
    const activeId = this.expanded && this.active >= 0 && this.active < this.results.length ? `${this.id}-option-${this.active}` : undefined;
    return html`<div class="field combobox ${options.class ?? ''} ${options.error ? 'invalid' : ''}" @focusout=${this.onFocusOut}>
      ${fieldLabel({...options, id: this.id})}
      <div class="combobox-row">
        <input
          id=${this.id}
          class="control combobox-input"
          type="text"
          role="combobox"
          data-field=${ifDefined(options.field)}
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${ifDefined(activeId)}
          aria-invalid=${options.error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy({...options, id: this.id}))}
          ?required=${options.required}
          ?disabled=${options.disabled}
          ?readonly=${options.readonly}
          .value=${live(this.query ?? options.selectedLabel)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @click=${this.onClick}
        />
        ${editable && options.value
          ? html`<button type="button" class="icon-button" aria-label=${options.clearLabel} title=${options.clearLabel} @click=${this.clear}>
              ${icons.close}
            </button>`
          : nothing}
      </div>
      <ul id=${listId} class="listbox" role="listbox" aria-labelledby="${this.id}-label" ?hidden=${!this.expanded}>
        ${this.expanded && this.results.length === 0 ? html`<li class="empty" role="presentation">${options.emptyText}</li>` : nothing}
        ${this.expanded
          ? this.results.map(
              (option, index) => html`<li
                id="${this.id}-option-${index}"
                class="option"
                role="option"
                aria-selected=${index === this.active ? 'true' : 'false'}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => this.choose(option)}
              >
                ${option.code ? html`<span class="option-code">${option.code}</span> ` : nothing}<span>${option.label}</span>
              </li>`,
            )
          : nothing}
      </ul>
      ${fieldMessages({...options, id: this.id})}
    </div>`;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private open(): void {
    if (!this.options || this.options.disabled || this.options.readonly) return;
    this.expanded = true;
    this.active = 0;
    this.update();
  }

  private close(): void {
    this.expanded = false;
    this.active = -1;
    this.update();
  }

  private choose(option: ComboboxOption): void {
    this.query = undefined;
    this.close();
    this.options?.onChange(option.value);
  }

  private readonly clear = () => {
    this.query = undefined;
    this.close();
    this.options?.onChange(null);
    (this.host.shadowRoot ?? this.host).querySelector<HTMLInputElement>(`#${this.id}`)?.focus();
  };

  private readonly onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.open();
  };

  private readonly onClick = () => {
    if (!this.expanded) this.open();
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded) return this.open();
        if (!count) return;
        this.active = event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count;
        this.update();
        return;
      case 'Enter': {
        const option = this.expanded ? this.results[this.active] : undefined;
        if (option) {
          event.preventDefault();
          this.choose(option);
        }
        return;
      }
      case 'Escape':
        // Handled here: the dialog holding the picker must not close.
        if (this.expanded || this.query !== undefined) {
          event.preventDefault();
          event.stopPropagation();
          if (this.expanded) this.close();
          else {
            this.query = undefined;
            this.update();
          }
        }
        return;
      default:
    }
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    const wrapper = event.currentTarget as HTMLElement;
    if (to && wrapper.contains(to)) return;
    const erased = this.query !== undefined && this.query.trim() === '';
    if (this.query === undefined && !this.expanded) return;
    this.query = undefined;
    this.close();
    if (erased && this.options?.value) this.options.onChange(null);
  };
}
