import type {Client} from './types.js';

/**
 * The status users see: "Prospect", "Nouveau client" (active, never invoiced), "Actif",
 * "Inactif". It is derived from the record, never stored.
 */
export type ClientStatus = 'prospect' | 'new' | 'active' | 'inactive';
export const CLIENT_STATUSES: readonly ClientStatus[] = ['prospect', 'new', 'active', 'inactive'];

export function clientStatus(client: Pick<Client, 'active' | 'prospect' | 'firstInvoicedOn'>): ClientStatus {
  if (!client.active) return 'inactive';
  if (client.prospect) return 'prospect';
  return client.firstInvoicedOn ? 'active' : 'new';
}
