import {contactDeleteBlockers, contactFlagMoves, crmStateAfterEdit, normalizeContactDraft, validateContact, type ContactDraft} from '../model/contact-rules.js';
import type {Contact} from '../model/types.js';
import {ChildRecordActions, type ChildActionsHost, type ChildSaveResult} from './child-record-actions.js';

export type ContactSaveResult = ChildSaveResult<Contact>;

/**
 * The store's contact actions (SPEC §5): save with the model's rules, "Contact par défaut" and
 * "Facturation - Responsable" moved from the client's other contact in the same write, HubSpot
 * state `pending` after an edit of a synchronised contact; delete refused while a document is
 * addressed to the contact.
 */
export function createContactActions(host: ChildActionsHost): ChildRecordActions<Contact, ContactDraft> {
  return new ChildRecordActions<Contact, ContactDraft>(host, {
    table: 'contacts',
    usageField: 'contactId',
    notFoundKey: 'contact.error.notFound',
    normalize: normalizeContactDraft,
    validate: validateContact,
    build(draft, {id, before, stamp}) {
      const {crmSync: _ignored, ...fields} = draft;
      const record = {...before, ...fields, id, clientId: draft.clientId, updatedAt: stamp, version: before?.version ?? 0};
      return {...record, crmSync: crmStateAfterEdit(before, record)} as Contact;
    },
    moves: contactFlagMoves,
    blockers: contactDeleteBlockers,
  });
}
