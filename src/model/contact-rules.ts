/**
 * The rules of a client's contacts (SPEC §5): the draft the editor fills, its normalisation and
 * validation, the flags only one contact of a client holds, what keeps a contact from being
 * deleted, and the HubSpot state after an edit. Pure: the editor, the store and every adapter
 * use the same functions.
 */
import {documentUsage, extensionProblem, flagHolder, flagMoves, normalizePhonePair, type FlagMove} from './child-records.js';
import {EMAIL_MAX, emailProblem, normalizeEmail} from './email.js';
import {tidy} from './normalize.js';
import type {ClientDocument, Contact, CrmSync, Gender, Language, PhoneType} from './types.js';
import {addIssue, lengthProblem, phoneProblem, requiredProblem, type FieldErrors, type FieldIssue} from './validation.js';

/** A contact as the editor fills it: no id yet when creating; the CRM state is the store's. */
export type ContactDraft = Omit<Contact, 'id' | 'updatedAt' | 'version' | 'crmSync'> & {id?: string; crmSync?: CrmSync};

/** Longest accepted values (characters), for the editor's `maxlength` too. */
export const CONTACT_LIMITS = {
  email: EMAIL_MAX,
  firstName: 60,
  lastName: 60,
  jobTitle: 80,
  phone: 40,
  extension: 6,
} as const;

/** "Genre" choices (empty: not said). */
export const GENDERS: readonly Exclude<Gender, ''>[] = ['female', 'male', 'other'];
/** "Type" of the second phone (empty: not said). */
export const PHONE_TYPES: readonly Exclude<PhoneType, ''>[] = ['mobile', 'work', 'home', 'other'];
const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** The flags at most one contact of a client holds: "Contact par défaut", "Facturation - Responsable". */
export const CONTACT_FLAGS = ['isDefault', 'isBillingResponsible'] as const;
export type ContactFlag = (typeof CONTACT_FLAGS)[number];

/** What HubSpot holds of a contact: a change of any of it makes a synchronised contact pending. */
const CRM_FIELDS = ['email', 'noEmail', 'gender', 'firstName', 'lastName', 'jobTitle', 'language', 'phone1', 'phone1Ext', 'phone2', 'phone2Ext', 'phone2Type', 'active'] as const;

/** "Prénom Nom" (`Mélissa Marino`). */
export function contactName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return `${contact.firstName ?? ''} ${contact.lastName ?? ''}`.replace(/\s+/g, ' ').trim();
}

/** A new contact of the client: active, in the client's language, no flag ticked. */
export function newContactDraft(clientId: string, language: Language = 'fr'): ContactDraft {
  return {
    clientId,
    email: '',
    noEmail: false,
    gender: '',
    firstName: '',
    lastName: '',
    jobTitle: '',
    language,
    phone1: '',
    phone1Ext: '',
    phone2: '',
    phone2Ext: '',
    phone2Type: '',
    active: true,
    isDefault: false,
    isBillingResponsible: false,
    billingCc: false,
  };
}

/**
 * Tidies a draft before validation and saving: names and function with whitespace collapsed, the
 * e-mail kept exactly as typed (spaces around it removed; none when "Contact sans courriel"),
 * North American phones written `418 774-9801` with an extension typed in the number moved to its
 * field, the boxes as booleans.
 */
export function normalizeContactDraft<T extends ContactDraft>(draft: T): T {
  const phone1 = normalizePhonePair(draft.phone1, draft.phone1Ext);
  const phone2 = normalizePhonePair(draft.phone2, draft.phone2Ext);
  return {
    ...draft,
    email: draft.noEmail ? '' : normalizeEmail(draft.email),
    noEmail: Boolean(draft.noEmail),
    gender: draft.gender ?? '',
    firstName: tidy(draft.firstName),
    lastName: tidy(draft.lastName),
    jobTitle: tidy(draft.jobTitle),
    phone1: phone1.phone,
    phone1Ext: phone1.extension,
    phone2: phone2.phone,
    phone2Ext: phone2.extension,
    phone2Type: draft.phone2Type ?? '',
    active: draft.active !== false,
    isDefault: Boolean(draft.isDefault),
    isBillingResponsible: Boolean(draft.isBillingResponsible),
    billingCc: Boolean(draft.billingCc),
  };
}

const choiceProblem = (value: string | undefined, allowed: readonly string[]): FieldIssue | null =>
  !value || allowed.includes(value) ? null : {key: 'contact.error.choice'};

/**
 * Checks a draft; returns the problems by field, in the order of the editor's fields (the first
 * is where focus goes), or `{}`. Required: the e-mail unless "Contact sans courriel" is ticked,
 * the first and last names. Formats: e-mail (real addresses, internationalised ones included),
 * phones, extensions (digits). "Facturation - Envoi courriel" needs an e-mail.
 */
export function validateContact(draft: ContactDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.noEmail) {
    addIssue(errors, 'email', requiredProblem(draft.email));
    addIssue(errors, 'email', lengthProblem(draft.email, CONTACT_LIMITS.email) ?? emailProblem(draft.email));
  }
  addIssue(errors, 'gender', choiceProblem(draft.gender, GENDERS));
  addIssue(errors, 'firstName', requiredProblem(draft.firstName) ?? lengthProblem(draft.firstName, CONTACT_LIMITS.firstName));
  addIssue(errors, 'lastName', requiredProblem(draft.lastName) ?? lengthProblem(draft.lastName, CONTACT_LIMITS.lastName));
  addIssue(errors, 'jobTitle', lengthProblem(draft.jobTitle, CONTACT_LIMITS.jobTitle));
  addIssue(errors, 'language', draft.language && LANGUAGES.includes(draft.language) ? null : {key: 'contact.error.choice'});
  addIssue(errors, 'phone1', phoneProblem(draft.phone1) ?? lengthProblem(draft.phone1, CONTACT_LIMITS.phone));
  addIssue(errors, 'phone1Ext', extensionProblem(draft.phone1Ext));
  addIssue(errors, 'phone2', phoneProblem(draft.phone2) ?? lengthProblem(draft.phone2, CONTACT_LIMITS.phone));
  addIssue(errors, 'phone2Ext', extensionProblem(draft.phone2Ext));
  addIssue(errors, 'phone2Type', choiceProblem(draft.phone2Type, PHONE_TYPES));
  if (draft.billingCc && (draft.noEmail || !tidy(draft.email))) addIssue(errors, 'billingCc', {key: 'contact.error.ccNeedsEmail'});
  return errors;
}

/**
 * The client's other contacts that give up "Contact par défaut" or "Facturation - Responsable"
 * because `saved` now holds it: saved together with it, so that no state ever shows two.
 */
export function contactFlagMoves(siblings: readonly Contact[], saved: Contact): Array<FlagMove<Contact>> {
  return flagMoves(siblings, saved, CONTACT_FLAGS);
}

/** The other contact holding a flag (whom ticking it on this one takes it from), if any. */
export function contactFlagHolder(siblings: readonly Contact[], flag: ContactFlag, selfId: string | undefined): Contact | undefined {
  return flagHolder(siblings, flag, selfId);
}

/**
 * Why the contact cannot be deleted: the documents addressed to it (`contact.delete.blocked.*`
 * keys by kind, with `count` and `numbers`); empty when none.
 */
export function contactDeleteBlockers(documents: readonly ClientDocument[], contactId: string): FieldIssue[] {
  return documentUsage(documents, 'contactId', contactId, 'contact.delete.blocked');
}

/**
 * The HubSpot state after an edit: a synchronised contact whose HubSpot data changed becomes
 * `pending` (HubSpot has not received the change); a new contact has never been sent.
 */
export function crmStateAfterEdit(before: Contact | null | undefined, after: Omit<Contact, 'crmSync'>): CrmSync {
  if (!before) return {state: 'never'};
  const sync = before.crmSync ?? {state: 'never'};
  if (sync.state !== 'synced') return sync;
  const text = (value: unknown) => (value === undefined || value === null || value === false ? '' : String(value));
  const changed = CRM_FIELDS.some((field) => text(before[field]) !== text(after[field]));
  return changed ? {...sync, state: 'pending'} : sync;
}
