import {expect, html} from '@open-wc/testing';
import type {ClientEditor} from '../../components/client-editor/client-editor.js';
import {ShadowHarness} from '../helpers/harness.js';
import {disposeStores, mount} from '../helpers/editor-setup.js';

const NAME = "Nom de l'entreprise";

describe('<client-editor> during a first import', () => {
  afterEach(() => disposeStores());

  it('lets the user edit a client as soon as the clients are in, before the history has arrived', async () => {
    const {el: editor, store} = await mount<ClientEditor>('client-editor', html`<client-editor></client-editor>`);
    // The clients are in; the history (documents, notes) is still arriving: the import never ends here.
    store.whenReady = () => new Promise<void>(() => undefined);
    const h = new ShadowHarness(editor);
    editor.open('c5');
    await h.waitFor(() => h.all('textbox', NAME).length === 1, 'the editor shows its fields');
    const name = h.field(NAME) as HTMLInputElement;
    expect(name.value).to.equal('eau Claire');
    expect(name.disabled || name.readOnly).to.be.false;
    await h.type(name, 'Eau Claire inc.');
    expect(name.value).to.equal('Eau Claire inc.');
  });
});
