import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ClientStore} from '../../src/store/client-store.js';
import type {LocaleController} from '../controllers/locale-controller.js';

/** A reason, as a message key of the catalogues and its parameters. */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

/** Whether an action can run; when not, why (shown, and read by screen readers). */
export interface Availability {
  disabled: boolean;
  reason?: string;
}

/** The reasons, translated, one sentence each: "Ce client a 3 factures. Le client C-0009 est facturé à ce client." */
export function reasonsText(i18n: LocaleController, reasons: readonly Reason[]): string {
  return reasons.map((reason) => i18n.tk(reason.key, reason.params)).join(' ');
}

/** Why the client cannot be deleted, and the advice to make it inactive instead. */
export function blockedText(i18n: LocaleController, blockers: readonly Reason[]): string {
  return `${i18n.t('actions.delete.blocked', {reasons: reasonsText(i18n, blockers)})} ${i18n.t('delete.adviceInactive')}`;
}

/**
 * "Supprimer" (Actions menu and editor): only with the right `client.delete`, and only when
 * nothing refers to the client; otherwise disabled with the reason and the advice to make the
 * client inactive instead. `blockers` is `undefined` while they are being checked.
 */
export function deleteAvailability(i18n: LocaleController, canDelete: boolean, blockers: readonly Reason[] | undefined): Availability {
  if (!canDelete) return {disabled: true, reason: i18n.t('actions.delete.noRight')};
  if (!blockers) return {disabled: true, reason: i18n.t('actions.delete.checking')};
  if (blockers.length) return {disabled: true, reason: blockedText(i18n, blockers)};
  return {disabled: false};
}

/**
 * Deleting a client from an editor or the file: what blocks it (checked when the client is
 * shown, checked again by the store when deleting), and the deletion under way.
 */
export class Deletion implements ReactiveController {
  /** `undefined` while unknown. */
  blockers: Reason[] | undefined;
  busy = false;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    this.generation += 1;
    this.blockers = undefined;
    this.busy = false;
    this.host.requestUpdate();
  }

  availability(i18n: LocaleController, canDelete: boolean): Availability {
    return deleteAvailability(i18n, canDelete, this.blockers);
  }

  /** Asks the store what refers to the client. */
  async check(store: ClientStore, clientId: string): Promise<void> {
    const generation = this.generation;
    try {
      const blockers = await store.deleteBlockers(clientId);
      if (generation !== this.generation) return;
      this.blockers = blockers;
      this.host.requestUpdate();
    } catch (error) {
      // A store disposed of meanwhile (the element is leaving) is no news.
      if ((error as Error)?.name !== 'DatabaseClosedError') console.error('[interop-clients] what refers to the client could not be checked', error);
    }
  }

  /** Deletes the client; resolves to `undefined` when done, else to the message to show. */
  async run(store: ClientStore, clientId: string, i18n: LocaleController): Promise<string | undefined> {
    if (this.busy) return i18n.t('actions.delete.checking');
    this.busy = true;
    this.host.requestUpdate();
    try {
      const result = await store.deleteClient(clientId);
      if (result.ok) return undefined;
      this.blockers = result.reasons;
      return blockedText(i18n, result.reasons);
    } catch (error) {
      console.error('[interop-clients] the client could not be deleted', error);
      return i18n.t('actions.failed', {reason: error instanceof Error ? error.message : String(error)});
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
