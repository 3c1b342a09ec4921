import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {localeContext} from '../../src/store/context.js';
import {
  DEFAULT_LOCALE,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyRounded,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../src/i18n/translate.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The locale of the nearest provider (French by default) and the formatting helpers bound to it.
 * The host re-renders when the provider's `locale` changes.
 */
export class LocaleController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof localeContext, Host>;

  constructor(host: Host) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {context: localeContext, subscribe: true});
  }

  hostConnected(): void {}

  get locale(): Locale {
    return this.consumer.value ?? DEFAULT_LOCALE;
  }

  /** BCP 47 language for `lang` attributes. */
  get lang(): string {
    return this.locale.slice(0, 2);
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.locale, key, params);
  }

  /** Translates a key built at run time (e.g. from a status value). */
  tk(key: string, params?: MessageParams): string {
    return translate(this.locale, key, params);
  }

  money(amount: number, currency?: string): string {
    return formatMoney(this.locale, amount, currency);
  }

  moneyRounded(amount: number, currency?: string): string {
    return formatMoneyRounded(this.locale, amount, currency);
  }

  date(iso: string | null | undefined): string {
    return formatDate(this.locale, iso);
  }

  dateTime(iso: string | null | undefined): string {
    return formatDateTime(this.locale, iso);
  }
}
