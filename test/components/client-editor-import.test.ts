import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {ClientEditor} from '../../components/client-editor/client-editor.js';
import type {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {ClientStore} from '../../src/store/client-store.js';
import {ShadowHarness} from '../helpers/harness.js';
import {ALL_RIGHTS, editorSeed} from '../helpers/editor-setup.js';
import {makeDocument, uniqueDbName} from '../helpers/fixtures.js';

const NAME = "Nom de l'entreprise";
let store: ClientStore | undefined;
let url: string | undefined;
afterEach(() => {
  store?.dispose();
  if (url) URL.revokeObjectURL(url);
});

describe('<client-editor> during a first import', () => {
  it('lets the user edit a client as soon as the clients are in, before the history has arrived', async () => {
    const seed = editorSeed();
    // Enough history that the import goes on well after the clients are in.
    seed.documents = Array.from({length: 12000}, (_, i) => makeDocument({id: `d${i}`, clientId: 'c2', kind: 'quote', number: `S-${i}`, date: '2024-01-10'}));
    url = URL.createObjectURL(new Blob([JSON.stringify(seed)], {type: 'application/json'}));
    store = new ClientStore({adapter: new LocalAdapter({seed: url}), dbName: uniqueDbName('editor-import')});
    let importEnded = false;
    void store.whenReady().then(() => (importEnded = true));
    const provider = await fixture<ClientsProvider>(
      html`<clients-provider .store=${store} permissions=${ALL_RIGHTS.join(' ')}><client-editor></client-editor></clients-provider>`,
    );
    const editor = provider.querySelector('client-editor') as ClientEditor;
    const h = new ShadowHarness(editor);
    editor.open('c5');
    await h.waitFor(() => h.all('textbox', NAME).length === 1, 'the editor shows its fields');
    const name = h.field(NAME) as HTMLInputElement;
    expect(name.value).to.equal('eau Claire');
    expect(name.disabled || name.readOnly).to.be.false;
    expect(importEnded, 'the import still runs').to.be.false;
    await store.whenReady();
  });
});
