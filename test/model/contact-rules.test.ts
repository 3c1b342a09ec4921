import {expect} from '@open-wc/testing';
import {
  contactDeleteBlockers,
  contactFlagHolder,
  contactFlagMoves,
  contactName,
  crmStateAfterEdit,
  newContactDraft,
  normalizeContactDraft,
  validateContact,
  type ContactDraft,
} from '../../src/model/contact-rules.js';
import {emailKey, emailProblem, isEmailAddress, normalizeEmail} from '../../src/model/email.js';
import {extensionProblem, normalizePhonePair, withFlagsCleared} from '../../src/model/child-records.js';
import type {Contact} from '../../src/model/types.js';
import {makeContact, makeDocument} from '../helpers/fixtures.js';

function draft(overrides: Partial<ContactDraft> = {}): ContactDraft {
  return {...newContactDraft('c5'), email: 'melissa.marino@example.ca', firstName: 'Mélissa', lastName: 'Marino', ...overrides};
}

const keysOf = (d: ContactDraft) => Object.fromEntries(Object.entries(validateContact(d)).map(([field, issue]) => [field, issue.key]));

describe('isEmailAddress / emailProblem', () => {
  const accepted = [
    'melissa.marino@example.ca',
    'factures+roy@imprimerie.qc.ca', // plus sign
    'jean@ventes.imprimerie-roy.qc.ca', // sub-domains
    'info@café-lévis.ca', // internationalised domain
    'josée.côté@école.québec', // internationalised mailbox and top-level domain
    "o'brien@example.com", // apostrophe
    'contact99_test@tactic-hubspot.ca',
    'A.B-C@EXAMPLE.CA', // capitals
    'x@xn--caf-lvis-b1a.ca', // punycode
    'a@b.co',
  ];
  for (const email of accepted) {
    it(`accepts ${email}`, () => {
      expect(isEmailAddress(email), email).to.be.true;
      expect(emailProblem(email)).to.equal(null);
    });
  }

  const refused = [
    'jean roy@example.ca', // space
    'jean.roy@example', // no dot in the domain
    'jean@@example.ca',
    'jean@example..ca',
    '.jean@example.ca',
    'jean.@example.ca',
    'jean..roy@example.ca',
    'jean@-example.ca',
    'jean@example-.ca',
    'jean@exa_mple.ca',
    'jean@example.c', // one-letter top-level domain
    'jean@example.123',
    '@example.ca',
    'jean@',
    'jean',
    'jean@example.ca,marc@example.ca',
    'jean<jean@example.ca>',
    `${'x'.repeat(65)}@example.ca`, // mailbox over 64
  ];
  for (const email of refused) {
    it(`refuses ${JSON.stringify(email)}`, () => {
      expect(isEmailAddress(email), email).to.be.false;
      expect(emailProblem(email)).to.deep.equal({key: 'contact.error.email'});
    });
  }

  it('says nothing of an empty value (required is another rule)', () => {
    expect(emailProblem('')).to.equal(null);
    expect(emailProblem('   ')).to.equal(null);
  });

  it('keeps an address exactly, only the spaces around it removed', () => {
    expect(normalizeEmail('  Info@Café-Lévis.ca ')).to.equal('Info@Café-Lévis.ca');
    expect(normalizeEmail('factures+roy@imprimerie.qc.ca')).to.equal('factures+roy@imprimerie.qc.ca');
  });

  it('compares mailboxes whatever the case and Unicode form', () => {
    expect(emailKey('Info@CAFÉ-lévis.ca')).to.equal(emailKey('info@cafe\u0301-le\u0301vis.ca'));
  });
});

describe('normalizeContactDraft', () => {
  const cases: Array<[string, Partial<ContactDraft>, Partial<ContactDraft>]> = [
    ['keeps an internationalised e-mail as typed', {email: ' Info@Café-Lévis.ca '}, {email: 'Info@Café-Lévis.ca'}],
    ['keeps a plus sign', {email: 'factures+roy@imprimerie.qc.ca'}, {email: 'factures+roy@imprimerie.qc.ca'}],
    ['drops the e-mail of a contact without e-mail', {email: 'x@example.ca', noEmail: true}, {email: '', noEmail: true}],
    ['tidies names', {firstName: '  Mélissa ', lastName: 'Marino   Roy', jobTitle: ' Présidente '}, {firstName: 'Mélissa', lastName: 'Marino Roy', jobTitle: 'Présidente'}],
    ['formats a North American phone', {phone1: '4182274279'}, {phone1: '418 227-4279', phone1Ext: ''}],
    ['moves an extension typed in the phone', {phone1: '418 227-4279 poste 23'}, {phone1: '418 227-4279', phone1Ext: '23'}],
    ['keeps the extension field when both agree', {phone2: '418 227-4279 x23', phone2Ext: '23'}, {phone2: '418 227-4279', phone2Ext: '23'}],
    ['keeps both extensions when they differ', {phone2: '418 227-4279 x23', phone2Ext: '24'}, {phone2: '418 227-4279 #23', phone2Ext: '24'}],
    ['keeps an invalid phone as typed', {phone1: '227-42'}, {phone1: '227-42'}],
    ['keeps an international phone', {phone1: '+33 1 42 68 53 00'}, {phone1: '+33 1 42 68 53 00'}],
  ];
  for (const [title, input, expected] of cases) {
    it(title, () => {
      expect(normalizeContactDraft(draft(input))).to.deep.include(expected);
    });
  }

  it('gives booleans for the boxes', () => {
    const normalized = normalizeContactDraft({...draft(), isDefault: undefined as unknown as boolean, active: undefined as unknown as boolean});
    expect(normalized.isDefault).to.equal(false);
    expect(normalized.active).to.equal(true);
  });
});

describe('validateContact', () => {
  const cases: Array<[string, Partial<ContactDraft>, Record<string, string>]> = [
    ['accepts a complete contact', {}, {}],
    ['requires the e-mail', {email: ''}, {email: 'validation.required'}],
    ['does not require it for a contact without e-mail', {email: '', noEmail: true}, {}],
    ['refuses an address that is not one', {email: 'melissa.marino@example'}, {email: 'contact.error.email'}],
    ['accepts an internationalised domain', {email: 'info@café-lévis.ca'}, {}],
    ['accepts a plus sign and sub-domains', {email: 'factures+roy@ventes.imprimerie.qc.ca'}, {}],
    ['requires first and last names', {firstName: ' ', lastName: ''}, {firstName: 'validation.required', lastName: 'validation.required'}],
    ['limits a long name', {lastName: 'x'.repeat(61)}, {lastName: 'validation.tooLong'}],
    ['checks the phones', {phone1: '227-4279', phone2: 'abc'}, {phone1: 'validation.phone', phone2: 'validation.phone'}],
    ['wants digits in extensions', {phone1Ext: 'poste 2', phone2Ext: '1234567'}, {phone1Ext: 'contact.error.extension', phone2Ext: 'contact.error.extension'}],
    ['knows the genders and phone types', {gender: 'x' as never, phone2Type: 'fax' as never}, {gender: 'contact.error.choice', phone2Type: 'contact.error.choice'}],
    ['knows the languages', {language: 'de' as never}, {language: 'contact.error.choice'}],
    ['wants an e-mail for "Facturation - Envoi courriel"', {noEmail: true, email: '', billingCc: true}, {billingCc: 'contact.error.ccNeedsEmail'}],
    ['accepts any number of flags on one contact', {isDefault: true, isBillingResponsible: true, billingCc: true}, {}],
  ];
  for (const [title, input, expected] of cases) {
    it(title, () => {
      expect(keysOf(normalizeContactDraft(draft(input)))).to.deep.equal(expected);
    });
  }

  it('lists the errors in the order of the fields', () => {
    expect(Object.keys(validateContact(draft({email: '', firstName: '', lastName: '', phone1: 'x'})))).to.deep.equal(['email', 'firstName', 'lastName', 'phone1']);
  });
});

describe('contactFlagMoves', () => {
  const contacts = [
    makeContact({id: 'k1', clientId: 'c5', isDefault: true}),
    makeContact({id: 'k2', clientId: 'c5', isBillingResponsible: true}),
    makeContact({id: 'k3', clientId: 'c5', billingCc: true}),
  ];
  const cases: Array<[string, Partial<Contact> & {id: string}, Array<[string, string[]]>]> = [
    ['moves "Contact par défaut" from the contact holding it', {id: 'k3', isDefault: true}, [['k1', ['isDefault']]]],
    ['moves "Facturation - Responsable" from the contact holding it', {id: 'k1', isDefault: true, isBillingResponsible: true}, [['k2', ['isBillingResponsible']]]],
    ['moves both at once', {id: 'k3', isDefault: true, isBillingResponsible: true}, [['k1', ['isDefault']], ['k2', ['isBillingResponsible']]]],
    ['moves nothing for the holder itself', {id: 'k1', isDefault: true}, []],
    ['moves nothing for "Envoi courriel" (any number)', {id: 'k1', isDefault: true, billingCc: true}, []],
    ['moves nothing when the box is not ticked', {id: 'k4'}, []],
    ['takes the flag from a new contact too', {id: 'new', isDefault: true}, [['k1', ['isDefault']]]],
  ];
  for (const [title, saved, expected] of cases) {
    it(title, () => {
      const record = makeContact({clientId: 'c5', ...saved});
      expect(contactFlagMoves(contacts, record).map((move) => [move.record.id, move.cleared])).to.deep.equal(expected);
    });
  }

  it('repairs older data with two default contacts', () => {
    const twice = [...contacts, makeContact({id: 'k4', clientId: 'c5', isDefault: true})];
    const moves = contactFlagMoves(twice, makeContact({id: 'k3', clientId: 'c5', isDefault: true}));
    expect(moves.map((move) => move.record.id)).to.deep.equal(['k1', 'k4']);
    expect(withFlagsCleared(moves[0]!)).to.deep.include({id: 'k1', isDefault: false});
  });

  it('names the contact the flag is taken from', () => {
    expect(contactFlagHolder(contacts, 'isDefault', 'k3')?.id).to.equal('k1');
    expect(contactFlagHolder(contacts, 'isDefault', 'k1')).to.equal(undefined);
    expect(contactFlagHolder(contacts, 'isBillingResponsible', undefined)?.id).to.equal('k2');
  });
});

describe('contactDeleteBlockers', () => {
  const documents = [
    makeDocument({id: 'q1', clientId: 'c5', kind: 'quote', number: 'S-0001', contactId: 'k1'}),
    makeDocument({id: 'q2', clientId: 'c5', kind: 'quote', number: 'S-0002', contactId: 'k1'}),
    makeDocument({id: 'i1', clientId: 'c5', kind: 'invoice', number: 'PF-0013', contactId: 'k1'}),
    makeDocument({id: 'q3', clientId: 'c5', kind: 'quote', number: 'S-0003', contactId: 'k2'}),
  ];
  it('says which documents name the contact, by kind', () => {
    expect(contactDeleteBlockers(documents, 'k1')).to.deep.equal([
      {key: 'contact.delete.blocked.quote', params: {count: 2, numbers: 'S-0001, S-0002'}},
      {key: 'contact.delete.blocked.invoice', params: {count: 1, numbers: 'PF-0013'}},
    ]);
  });
  it('lets a contact no document names be deleted', () => {
    expect(contactDeleteBlockers(documents, 'k9')).to.deep.equal([]);
  });
  it('lists three numbers at most', () => {
    const many = ['S-1', 'S-2', 'S-3', 'S-4'].map((number, i) => makeDocument({id: `d${i}`, clientId: 'c5', kind: 'quote', number, contactId: 'k1'}));
    expect(contactDeleteBlockers(many, 'k1')[0]!.params).to.deep.equal({count: 4, numbers: 'S-1, S-2, S-3…'});
  });
});

describe('crmStateAfterEdit', () => {
  const synced = makeContact({id: 'k1', clientId: 'c5', crmSync: {state: 'synced', syncedAt: '2025-01-01T00:00:00.000Z'}});
  const cases: Array<[string, Contact | null, Partial<Contact>, string]> = [
    ['a new contact was never sent', null, {}, 'never'],
    ['an unchanged synchronised contact stays synchronised', synced, {}, 'synced'],
    ['a flag HubSpot does not hold changes nothing', synced, {isDefault: true, billingCc: true}, 'synced'],
    ['a new e-mail waits for HubSpot', synced, {email: 'autre@example.ca'}, 'pending'],
    ['a contact made inactive waits for HubSpot', synced, {active: false}, 'pending'],
    ['a contact never sent stays never sent', {...synced, crmSync: {state: 'never'}}, {lastName: 'Autre'}, 'never'],
  ];
  for (const [title, before, change, state] of cases) {
    it(title, () => {
      const after = {...(before ?? synced), noEmail: false, ...change};
      expect(crmStateAfterEdit(before, after).state).to.equal(state);
    });
  }
});

describe('small helpers', () => {
  it('contactName joins first and last names', () => {
    expect(contactName({firstName: 'Mélissa', lastName: 'Marino'})).to.equal('Mélissa Marino');
    expect(contactName({firstName: '', lastName: 'Roy'})).to.equal('Roy');
  });
  it('extensionProblem wants 1 to 6 digits', () => {
    expect(extensionProblem('23')).to.equal(null);
    expect(extensionProblem('')).to.equal(null);
    expect(extensionProblem('2a')).to.deep.equal({key: 'contact.error.extension'});
  });
  it('normalizePhonePair drops a # before the extension', () => {
    expect(normalizePhonePair('418 227-4279', '#12')).to.deep.equal({phone: '418 227-4279', extension: '12'});
  });
});
