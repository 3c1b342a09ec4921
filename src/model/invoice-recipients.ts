/**
 * Who receives a client's invoices by e-mail (SPEC §5): the billing responsible ("Facturation -
 * Responsable") plus every active contact ticked "Facturation - Envoi courriel", each address
 * once. When no contact is ticked, the responsible alone receives them.
 */
import {collatorFor} from './collate.js';
import {contactName} from './contact-rules.js';
import {emailKey, isEmailAddress} from './email.js';
import type {Contact} from './types.js';

export interface InvoiceRecipient {
  contactId: string;
  name: string;
  /** The address as the contact has it (never rewritten). */
  email: string;
  /** Why the contact receives the invoice: the billing responsible, or a copy ("Envoi courriel"). */
  role: 'responsible' | 'cc';
}

type RecipientSource = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'email' | 'noEmail' | 'active' | 'isBillingResponsible' | 'billingCc'>;

/**
 * The invoice recipients of a client's contacts: the responsible first (whether or not active:
 * the responsible is the client's choice), then the active "Envoi courriel" contacts by name.
 * An address already listed (in any case) is not listed again; a contact without a usable
 * e-mail receives nothing.
 */
export function invoiceRecipients(contacts: readonly RecipientSource[], locale = 'fr-CA'): InvoiceRecipient[] {
  const collator = collatorFor(locale === 'en-CA' ? 'en-CA' : 'fr-CA');
  const responsible = contacts.filter((contact) => contact.isBillingResponsible);
  const copies = contacts
    .filter((contact) => contact.billingCc && contact.active && !contact.isBillingResponsible)
    .sort((a, b) => collator.compare(contactName(a), contactName(b)));
  const seen = new Set<string>();
  const recipients: InvoiceRecipient[] = [];
  const add = (contact: RecipientSource, role: InvoiceRecipient['role']) => {
    if (contact.noEmail || !isEmailAddress(contact.email)) return;
    const key = emailKey(contact.email);
    if (seen.has(key)) return;
    seen.add(key);
    recipients.push({contactId: contact.id, name: contactName(contact), email: contact.email.trim(), role});
  };
  for (const contact of responsible) add(contact, 'responsible');
  for (const contact of copies) add(contact, 'cc');
  return recipients;
}
