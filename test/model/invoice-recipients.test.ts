import {expect} from '@open-wc/testing';
import {invoiceRecipients} from '../../src/model/invoice-recipients.js';
import type {Contact} from '../../src/model/types.js';
import {makeContact} from '../helpers/fixtures.js';

const contact = (id: string, overrides: Partial<Contact> = {}) =>
  makeContact({id, clientId: 'c5', firstName: id.toUpperCase(), lastName: 'Roy', email: `${id}@example.ca`, ...overrides});

const emails = (contacts: Contact[]) => invoiceRecipients(contacts).map((recipient) => `${recipient.email} (${recipient.role})`);

describe('invoiceRecipients', () => {
  const cases: Array<[string, Contact[], string[]]> = [
    ['nobody without a responsible or a copy', [contact('a'), contact('b')], []],
    ['the responsible alone when no copy is ticked', [contact('a', {isBillingResponsible: true}), contact('b')], ['a@example.ca (responsible)']],
    [
      'the responsible plus every active copy',
      [contact('a', {isBillingResponsible: true}), contact('b', {billingCc: true}), contact('c', {billingCc: true}), contact('d')],
      ['a@example.ca (responsible)', 'b@example.ca (cc)', 'c@example.ca (cc)'],
    ],
    ['an inactive copy receives nothing', [contact('a', {isBillingResponsible: true}), contact('b', {billingCc: true, active: false})], ['a@example.ca (responsible)']],
    ['the responsible ticked as copy too is listed once', [contact('a', {isBillingResponsible: true, billingCc: true})], ['a@example.ca (responsible)']],
    [
      'an address shared by two contacts is listed once, whatever its case',
      [contact('a', {isBillingResponsible: true, email: 'factures@example.ca'}), contact('b', {billingCc: true, email: 'Factures@Example.ca'})],
      ['factures@example.ca (responsible)'],
    ],
    ['copies without a responsible', [contact('b', {billingCc: true})], ['b@example.ca (cc)']],
    ['a responsible without e-mail receives nothing by e-mail', [contact('a', {isBillingResponsible: true, email: '', noEmail: true}), contact('b', {billingCc: true})], ['b@example.ca (cc)']],
    ['an address that is not one is left out', [contact('a', {isBillingResponsible: true, email: 'pas une adresse'})], []],
    ['the addresses are kept as written (international domain, plus sign)', [contact('a', {isBillingResponsible: true, email: 'Info+Factures@Café-Lévis.ca'})], ['Info+Factures@Café-Lévis.ca (responsible)']],
  ];
  for (const [title, contacts, expected] of cases) {
    it(title, () => expect(emails(contacts)).to.deep.equal(expected));
  }

  it('lists the copies by name, in French collation, after the responsible', () => {
    const contacts = [
      makeContact({id: 'z', clientId: 'c5', firstName: 'Zoé', lastName: 'Roy', email: 'z@example.ca', billingCc: true}),
      makeContact({id: 'e', clientId: 'c5', firstName: 'Émile', lastName: 'Roy', email: 'e@example.ca', billingCc: true}),
      makeContact({id: 'r', clientId: 'c5', firstName: 'Yves', lastName: 'Roy', email: 'r@example.ca', isBillingResponsible: true}),
    ];
    expect(invoiceRecipients(contacts).map((recipient) => recipient.name)).to.deep.equal(['Yves Roy', 'Émile Roy', 'Zoé Roy']);
    expect(invoiceRecipients(contacts)[0]).to.deep.equal({contactId: 'r', name: 'Yves Roy', email: 'r@example.ca', role: 'responsible'});
  });
});
