import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {icons} from './icons.js';

/**
 * Labelled form fields as lit templates, for the editors' shadow roots: a visible `<label for>`
 * (the control's accessible name), a red star on required fields, and the error message right
 * under the field, tied to it by `aria-describedby` and `aria-invalid`. The caller keeps the
 * value (controlled fields): every edit is reported through `onInput` / `onChange`.
 *
 * Values are always rendered as text (property bindings), never as HTML.
 */
export interface FieldOptions {
  /** Id of the control, unique in the shadow root; the label, error and hint ids derive from it. */
  id: string;
  label: string;
  /** Field path (e.g. `address.city`), set as `data-field` so that an editor can focus the first error. */
  field?: string;
  required?: boolean;
  /** The message shown under the field; marks the control invalid. */
  error?: string;
  /** A description shown under the field (e.g. a format example). */
  hint?: string;
  /** Ids of other elements that also describe the control (e.g. why a tab is read-only). */
  describedBy?: string;
  disabled?: boolean;
  readonly?: boolean;
  /** Extra classes of the field's wrapper (layout). */
  class?: string;
}

export interface TextFieldOptions extends FieldOptions {
  value: string;
  type?: 'text' | 'tel' | 'url' | 'email' | 'date' | 'search';
  inputMode?: 'text' | 'tel' | 'url' | 'email' | 'numeric' | 'decimal' | 'search';
  autocomplete?: string;
  maxLength?: number;
  placeholder?: string;
  /** Focused when its dialog opens. */
  autofocus?: boolean;
  onInput: (value: string) => void;
  /** Called when the user commits the value (blur, Enter). */
  onChange?: (value: string) => void;
}

export interface TextareaOptions extends FieldOptions {
  value: string;
  rows?: number;
  maxLength?: number;
  onInput: (value: string) => void;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions extends FieldOptions {
  value: string;
  options: readonly SelectOption[];
  /** Label of an empty first option (no choice); none when absent. */
  emptyLabel?: string;
  onChange: (value: string) => void;
}

export interface CheckboxOptions extends Omit<FieldOptions, 'required' | 'readonly'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export interface RadioGroupOptions extends Omit<FieldOptions, 'readonly'> {
  /** Name shared by the radios (unique in the shadow root). */
  name: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}

/** Ids that describe a control: its error first (read first), then its hint and the others. */
export function describedBy(options: Pick<FieldOptions, 'id' | 'error' | 'hint' | 'describedBy'>): string | undefined {
  const ids = [options.error ? `${options.id}-error` : '', options.hint ? `${options.id}-hint` : '', options.describedBy ?? ''];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The label with its red star; the star is decorative (the control itself is `required`). */
export function fieldLabel(options: Pick<FieldOptions, 'id' | 'label' | 'required'>): TemplateResult {
  return html`<label class="field-label" id="${options.id}-label" for=${options.id}
    >${options.label}${options.required ? html`<span class="required-star" aria-hidden="true">*</span>` : nothing}</label
  >`;
}

/** The error message and hint under a control. */
export function fieldMessages(options: Pick<FieldOptions, 'id' | 'error' | 'hint'>): TemplateResult {
  return html`${options.error
    ? html`<p class="field-error" id="${options.id}-error">${icons.warning}<span>${options.error}</span></p>`
    : nothing}${options.hint ? html`<p class="field-hint" id="${options.id}-hint">${options.hint}</p>` : nothing}`;
}

function wrapperClass(options: FieldOptions, kind: string): string {
  return ['field', kind, options.class ?? '', options.error ? 'invalid' : ''].filter(Boolean).join(' ');
}

export function textField(options: TextFieldOptions): TemplateResult {
  return html`<div class=${wrapperClass(options, 'text-field')}>
    ${fieldLabel(options)}
    <input
      id=${options.id}
      class="control"
      type=${options.type ?? 'text'}
      data-field=${ifDefined(options.field)}
      .value=${live(options.value ?? '')}
      ?required=${options.required}
      ?disabled=${options.disabled}
      ?readonly=${options.readonly}
      inputmode=${ifDefined(options.inputMode)}
      autocomplete=${options.autocomplete ?? 'off'}
      maxlength=${ifDefined(options.maxLength)}
      placeholder=${ifDefined(options.placeholder)}
      ?autofocus=${options.autofocus}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      @change=${(event: Event) => options.onChange?.((event.target as HTMLInputElement).value)}
    />
    ${fieldMessages(options)}
  </div>`;
}

export function textareaField(options: TextareaOptions): TemplateResult {
  return html`<div class=${wrapperClass(options, 'textarea-field')}>
    ${fieldLabel(options)}
    <textarea
      id=${options.id}
      class="control"
      data-field=${ifDefined(options.field)}
      .value=${live(options.value ?? '')}
      rows=${options.rows ?? 3}
      ?required=${options.required}
      ?disabled=${options.disabled}
      ?readonly=${options.readonly}
      maxlength=${ifDefined(options.maxLength)}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${fieldMessages(options)}
  </div>`;
}

/**
 * A native select. Selectedness is set on the options (`live`), so that the value shows on the
 * first render too, and after the user changed it. A read-only select is rendered disabled
 * (selects have no read-only state); say why through `hint` or `describedBy`.
 */
export function selectField(options: SelectFieldOptions): TemplateResult {
  const value = options.value ?? '';
  const known = value === '' || options.options.some((option) => option.value === value);
  return html`<div class=${wrapperClass(options, 'select-field')}>
    ${fieldLabel(options)}
    <span class="select-wrap">
      <select
        id=${options.id}
        class="control"
        data-field=${ifDefined(options.field)}
        ?required=${options.required}
        ?disabled=${options.disabled || options.readonly}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
      >
        ${options.emptyLabel !== undefined || value === ''
          ? html`<option value="" .selected=${live(value === '')}>${options.emptyLabel ?? ''}</option>`
          : nothing}
        ${known ? nothing : html`<option value=${value} .selected=${live(true)}>${value}</option>`}
        ${options.options.map((option) => html`<option value=${option.value} .selected=${live(option.value === value)}>${option.label}</option>`)}
      </select>
      ${icons.chevronDown}
    </span>
    ${fieldMessages(options)}
  </div>`;
}

export function checkboxField(options: CheckboxOptions): TemplateResult {
  return html`<div class=${wrapperClass(options, 'checkbox-field')}>
    <span class="check">
      <input
        id=${options.id}
        type="checkbox"
        data-field=${ifDefined(options.field)}
        .checked=${live(options.checked)}
        ?disabled=${options.disabled}
        aria-invalid=${options.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
      />
      <label for=${options.id}>${options.label}</label>
    </span>
    ${fieldMessages(options)}
  </div>`;
}

export function radioGroup(options: RadioGroupOptions): TemplateResult {
  return html`<fieldset
    class=${wrapperClass(options, 'radio-group')}
    data-field=${ifDefined(options.field)}
    aria-describedby=${ifDefined(describedBy(options))}
    ?disabled=${options.disabled}
  >
    <legend class="field-label">
      ${options.label}${options.required ? html`<span class="required-star" aria-hidden="true">*</span>` : nothing}
    </legend>
    ${options.options.map(
      (option, index) => html`<span class="check">
        <input
          id="${options.id}-${index}"
          type="radio"
          name=${options.name}
          value=${option.value}
          .checked=${live(option.value === options.value)}
          ?required=${options.required}
          aria-invalid=${options.error ? 'true' : 'false'}
          @change=${() => options.onChange(option.value)}
        />
        <label for="${options.id}-${index}">${option.label}</label>
      </span>`,
    )}
    ${fieldMessages(options)}
  </fieldset>`;
}

/** A label and a value that cannot be edited (e.g. "Dernier achat"): an `<output>` named by its label. */
export function readOnlyValue(options: {id: string; label: string; value: string; class?: string}): TemplateResult {
  return html`<div class="field read-only-value ${options.class ?? ''}">
    <label class="field-label" for=${options.id}>${options.label}</label>
    <output id=${options.id} class="value">${options.value || '—'}</output>
  </div>`;
}
