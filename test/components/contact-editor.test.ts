import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {ClientDetail} from '../../components/client-detail/client-detail.js';
import type {ContactEditor} from '../../components/contact-editor/contact-editor.js';
import type {SeedBundle} from '../../src/model/types.js';
import {disposeStores, editorSeed, mount} from '../helpers/editor-setup.js';
import {makeContact, makeDocument} from '../helpers/fixtures.js';
import {ShadowHarness} from '../helpers/harness.js';
import {contactsOf, getContact} from '../../src/store/records.js';

/**
 * Zinc Inc. (c1) has three contacts without any flag; Pierre Veilleux (k1, of eau Claire c5) is
 * named on quote S-0009.
 */
function contactSeed(): SeedBundle {
  return editorSeed((seed) => {
    seed.contacts.push(
      makeContact({id: 'z1', clientId: 'c1', firstName: 'Mélissa', lastName: 'Marino', email: 'melissa@zinc.ca', jobTitle: 'Présidente'}),
      makeContact({id: 'z2', clientId: 'c1', firstName: 'Isabel', lastName: 'Roy', email: 'isabel@zinc.ca'}),
      makeContact({id: 'z3', clientId: 'c1', firstName: 'Luc', lastName: 'Bédard', email: 'luc@zinc.ca'}),
    );
    seed.documents.push(makeDocument({id: 'q9', clientId: 'c5', kind: 'quote', number: 'S-0009', contactId: 'k1'}));
  });
}

const REQUIRED = 'Ce champ est obligatoire.';

/** The client file of `clientId`, and what its Contacts panel shows. */
async function openFile(clientId = 'c1') {
  const mounted = await mount<ClientDetail>('client-detail', html`<client-detail client-id=${clientId}></client-detail>`, {seed: contactSeed()});
  const h = new ShadowHarness(mounted.el);
  await h.waitFor(() => h.all('heading', /^Contacts \(\d+\)$/).length === 1, 'the file shows its contacts');
  const editor = mounted.el.shadowRoot!.querySelector('contact-editor') as ContactEditor;
  const e = new ShadowHarness(editor);
  const panel = () => h.get('heading', /^Contacts \(\d+\)$/).closest('section')!;
  const card = (name: string) => [...panel().querySelectorAll('li')].find((li) => li.querySelector('h3')!.textContent!.includes(name))!;
  const marks = (label: string) =>
    [...panel().querySelectorAll(`[role="img"][aria-label="${label}"]`)].map((mark) => mark.closest('li')!.querySelector('h3')!.textContent!.trim());
  const recipients = () => [...panel().querySelectorAll('.recipients .recipient-email')].map((node) => node.textContent!.trim());
  /** Opens a contact from its card, changes it, saves, and waits for the file to show it. */
  const edit = async (name: string, change: () => Promise<void>) => {
    await h.click(h.get('button', name));
    await e.waitFor(() => e.all('dialog', "Édition d'un contact").length === 1 && e.field('Prénom').value !== '', 'the editor shows the contact');
    await change();
    const saved = oneEvent(mounted.el, 'contact-saved');
    await e.click(e.get('button', 'Enregistrer'));
    await saved;
    await e.waitFor(() => !editor.opened, 'the editor closed');
    await h.settle();
  };
  return {...mounted, h, editor, e, panel, card, marks, recipients, edit};
}

async function openLone(contactId = '', clientId = 'c1') {
  const mounted = await mount<ContactEditor>('contact-editor', html`<contact-editor client-id=${clientId}></contact-editor>`, {seed: contactSeed()});
  const h = new ShadowHarness(mounted.el);
  mounted.el.open(contactId || undefined);
  await h.waitFor(() => h.all('textbox', 'Courriel').length === 1, 'the editor shows its fields');
  await h.settle();
  return {...mounted, h};
}

describe('<contact-editor>', () => {
  afterEach(() => disposeStores());

  it('creates a contact from the + of the Contacts panel', async () => {
    const {el, h, e, editor, card, store} = await openFile();
    await h.click(h.get('button', 'Ajouter un contact'));
    await e.waitFor(() => e.all('dialog', "Édition d'un contact").length === 1, 'the editor opened');
    expect(editor.clientId).to.equal('c1');
    await e.waitFor(() => e.focused() === e.field('Courriel'), 'the e-mail has the focus');
    // Labels as in interOP, stars on the required ones.
    for (const label of ['Courriel', 'Prénom', 'Nom']) expect(e.field(label).required, label).to.be.true;
    for (const label of ['Genre', 'Fonction', 'Langue', 'Téléphone 1', 'Téléphone 1 Extension', 'Téléphone 2', 'Téléphone 2 Extension', 'Téléphone 2 Type']) {
      expect(e.field(label), label).to.exist;
    }
    for (const box of ['Contact sans courriel', 'Contact par défaut', 'Facturation - Responsable', 'Facturation - Envoi courriel']) expect(e.get('checkbox', box)).to.exist;
    expect(e.get<HTMLInputElement>('switch', 'Actif').checked).to.be.true;
    expect(e.field<HTMLSelectElement>('Langue').value).to.equal('fr');
    await expect(editor).to.be.accessible();

    await sendKeys({type: 'Info+Factures@Café-Lévis.ca'});
    await e.type(e.field('Prénom'), 'Josée');
    await e.type(e.field('Nom'), 'Côté');
    await e.type(e.field('Téléphone 1'), '4182274279');
    const saved = oneEvent(el, 'contact-saved');
    await e.click(e.get('button', 'Enregistrer'));
    const {detail} = await saved;
    expect(detail).to.include({clientId: 'c1', created: true});
    await h.waitFor(() => h.all('heading', 'Contacts (4)').length === 1, 'the card is listed');
    const contact = (await getContact(store.db, detail.contactId))!;
    expect(contact.email).to.equal('Info+Factures@Café-Lévis.ca');
    expect(contact.phone1).to.equal('418 227-4279');
    expect(card('Josée Côté').textContent).to.contain('Info+Factures@Café-Lévis.ca');
  });

  it('three contacts: one star, one calculator, and three invoice recipients', async () => {
    const {e, marks, recipients, edit, store} = await openFile();
    expect(marks('Contact par défaut')).to.deep.equal([]);

    await edit('Isabel Roy', () => e.click(e.get('checkbox', 'Contact par défaut')));
    await waitUntil(() => marks('Contact par défaut').join() === 'Isabel Roy', 'one star, on the second');
    await edit('Luc Bédard', async () => {
      await e.click(e.get('checkbox', 'Contact par défaut'));
      // It says whom the star is taken from.
      expect(e.description(e.get('checkbox', 'Contact par défaut'))).to.equal('Remplace Isabel Roy comme contact par défaut.');
    });
    await waitUntil(() => marks('Contact par défaut').join() === 'Luc Bédard', 'one star, on the third');

    await edit('Mélissa Marino', () => e.click(e.get('checkbox', 'Facturation - Responsable')));
    await waitUntil(() => recipients().join() === 'melissa@zinc.ca', 'the responsible alone receives the invoices');
    await edit('Isabel Roy', () => e.click(e.get('checkbox', 'Facturation - Responsable')));
    await waitUntil(() => marks('Facturation - Responsable').join() === 'Isabel Roy', 'one calculator, on the second');

    await edit('Mélissa Marino', () => e.click(e.get('checkbox', 'Facturation - Envoi courriel')));
    await edit('Luc Bédard', () => e.click(e.get('checkbox', 'Facturation - Envoi courriel')));
    await waitUntil(() => recipients().length === 3, 'three recipients');
    expect(recipients()).to.deep.equal(['isabel@zinc.ca', 'luc@zinc.ca', 'melissa@zinc.ca']);
    expect(marks('Contact par défaut')).to.deep.equal(['Luc Bédard']);
    const contacts = await contactsOf(store.db, 'c1');
    expect(contacts.filter((c) => c.isDefault)).to.have.length(1);
    expect(contacts.filter((c) => c.isBillingResponsible)).to.have.length(1);
  });

  it('cannot delete a contact named on a quote, and says why', async () => {
    const {h, el} = await openLone('k1', 'c5');
    let deleted = 0;
    el.addEventListener('contact-deleted', () => (deleted += 1));
    const remove = h.get('button', 'Supprimer');
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    expect(h.description(remove)).to.equal('Ce contact ne peut pas être supprimé. Il est nommé sur la soumission S-0009. Rendez-le plutôt inactif.');
    await h.click(remove);
    expect(h.all('alertdialog')).to.have.length(0);
    expect(deleted).to.equal(0);
  });

  it('deletes an unused contact after confirmation', async () => {
    const {h, el, store} = await openLone('z3');
    await h.click(h.get('button', 'Supprimer'));
    await h.waitFor(() => h.all('alertdialog', 'Supprimer ce contact ?').length === 1, 'asked');
    expect(h.text()).to.contain('« Luc Bédard » sera supprimé des contacts du client.');
    const deleted = oneEvent(el, 'contact-deleted');
    const confirm = h.all('button', 'Supprimer').find((button) => button.closest('[role="alertdialog"]'))!;
    expect(h.focused()).to.equal(h.get('button', 'Annuler')); // the safe choice first
    await h.click(confirm);
    expect((await deleted).detail).to.deep.equal({clientId: 'c1', contactId: 'z3'});
    expect(await getContact(store.db, 'z3')).to.equal(undefined);
    expect(el.opened).to.be.false;
  });

  it('gives the focus to the panel\'s + once a contact deleted from the file is gone', async () => {
    const {h, e, editor} = await openFile('c1');
    await h.click(h.get('button', 'Luc Bédard'));
    await e.waitFor(() => e.all('dialog', "Édition d'un contact").length === 1 && e.field('Prénom').value !== '', 'opened');
    await e.click(e.get('button', 'Supprimer'));
    await e.waitFor(() => e.all('alertdialog').length === 1, 'asked');
    await e.click(e.all('button', 'Supprimer').find((button) => button.closest('[role="alertdialog"]'))!);
    await e.waitFor(() => !editor.opened, 'closed');
    await h.waitFor(() => h.focused() === h.get('button', 'Ajouter un contact'), 'focus on the + of Contacts');
  });

  it('requires the e-mail unless "Contact sans courriel" is ticked', async () => {
    const {h, el, store} = await openLone();
    await h.type(h.field('Prénom'), 'Paul');
    await h.type(h.field('Nom'), 'Roy');
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.all('alert').length === 1, 'refused');
    expect(h.error(h.field('Courriel'))).to.equal(REQUIRED);
    expect(h.focused()).to.equal(h.field('Courriel'));
    expect(h.get('alert').textContent!.replace(/\s+/g, ' ').trim()).to.equal("1 champ à corriger : rien n'a été enregistré.");
    await expect(el).to.be.accessible();

    await h.type(h.field('Courriel'), 'paul@exemple');
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.error(h.field('Courriel')) !== '', 'refused again');
    expect(h.error(h.field('Courriel'))).to.equal('Adresse courriel invalide (ex. : nom@exemple.ca).');

    await h.click(h.get('checkbox', 'Contact sans courriel'));
    expect(h.field('Courriel').required).to.be.false;
    expect(h.field('Courriel').disabled).to.be.true;
    expect(h.error(h.field('Courriel'))).to.equal('');
    const saved = oneEvent(el, 'contact-saved');
    await h.click(h.get('button', 'Enregistrer'));
    const contact = (await getContact(store.db, (await saved).detail.contactId))!;
    expect(contact).to.deep.include({noEmail: true, email: '', firstName: 'Paul', lastName: 'Roy'});
  });

  it('makes a contact inactive with the Actif switch: greyed in the file', async () => {
    const {e, edit, card} = await openFile();
    await edit('Luc Bédard', () => e.click(e.get('switch', 'Actif')));
    await waitUntil(() => card('Luc Bédard').classList.contains('inactive'), 'greyed');
    expect(card('Luc Bédard').querySelector('h3')!.textContent).to.contain('Contact inactif');
  });

  it('opens from its attributes, and closes when the attribute is removed', async () => {
    const {el} = await mount<ContactEditor>('contact-editor', html`<contact-editor client-id="c1" contact-id="z1" open></contact-editor>`, {seed: contactSeed()});
    const h = new ShadowHarness(el);
    await h.waitFor(() => h.field('Prénom').value === 'Mélissa', 'open on Mélissa Marino');
    expect(h.field('Fonction').value).to.equal('Présidente');
    el.removeAttribute('open');
    await h.waitFor(() => h.all('dialog').length === 0, 'closed');
    expect(el.opened).to.be.false;
    el.open('z2');
    await h.waitFor(() => h.field('Prénom').value === 'Isabel', 'open() on another contact');
    el.close();
    await h.waitFor(() => h.all('dialog').length === 0, 'close()');
  });

  it('says so when the contact does not exist', async () => {
    const {el} = await mount<ContactEditor>('contact-editor', html`<contact-editor client-id="c1" contact-id="nobody" open></contact-editor>`, {seed: contactSeed()});
    const h = new ShadowHarness(el);
    await h.waitFor(() => h.all('alert').length === 1, 'said');
    expect(h.get('alert').textContent).to.contain("Ce contact n'existe plus.");
  });

  it('asks before discarding changes on Escape', async () => {
    const {h, el} = await openLone('z1');
    await h.type(h.field('Nom'), 'Autre');
    await h.press('Escape');
    await h.waitFor(() => h.all('alertdialog', 'Abandonner les modifications ?').length === 1, 'asked');
    await h.click(h.get('button', 'Abandonner'));
    await h.waitFor(() => !el.opened, 'closed');
  });

  it('saves once on a double click', async () => {
    const {h, el, store} = await openLone('z2');
    await h.click(h.get('checkbox', 'Contact par défaut'));
    let calls = 0;
    const save = store.saveContact.bind(store);
    store.saveContact = async (draft) => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return save(draft);
    };
    let saved = 0;
    el.addEventListener('contact-saved', () => (saved += 1));
    const box = h.get('button', 'Enregistrer').getBoundingClientRect();
    const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({type: 'click', position});
    await sendMouse({type: 'click', position});
    await waitUntil(() => saved === 1, 'saved');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls).to.equal(1);
    expect(saved).to.equal(1);
  });

  it('renders names and e-mails as text, never as HTML', async () => {
    const seed = contactSeed();
    seed.contacts.push(makeContact({id: 'x1', clientId: 'c1', firstName: '<img src=x onerror=alert(1)>', lastName: '<b>Roy</b>', email: 'x@example.ca'}));
    const {el} = await mount<ClientDetail>('client-detail', html`<client-detail client-id="c1"></client-detail>`, {seed});
    const h = new ShadowHarness(el);
    await h.waitFor(() => h.all('heading', 'Contacts (4)').length === 1, 'listed');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(h.get('button', '<img src=x onerror=alert(1)> <b>Roy</b>')).to.exist;
  });

  it('speaks English with the provider in en-CA', async () => {
    const {el} = await mount<ContactEditor>('contact-editor', html`<contact-editor client-id="c1"></contact-editor>`, {seed: contactSeed(), locale: 'en-CA'});
    const h = new ShadowHarness(el);
    el.open();
    await h.waitFor(() => h.all('textbox', 'Email').length === 1, 'open');
    expect(h.get('dialog', 'Edit a contact')).to.exist;
    await h.click(h.get('button', 'Save'));
    await h.waitFor(() => h.error(h.field('Email')) !== '', 'errors');
  });
});
