import {expect, fixture, html as testHtml, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {LitElement, html} from 'lit';
import {StoreController} from '../../components/controllers/store-controller.js';
import {LocaleController} from '../../components/controllers/locale-controller.js';
import {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import {ClientStore} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {defaultStore} from '../../src/store/default-store.js';
import {defineElement} from '../../components/base/define-element.js';
import {smallSeed, uniqueDbName} from '../helpers/fixtures.js';

/** A minimal consumer: shows which store and locale it got. */
class ProbeElement extends LitElement {
  readonly data = new StoreController(this, (s) => s.rows.length);
  readonly i18n = new LocaleController(this);
  protected override render() {
    return html`<span>${this.i18n.t('status.active')}</span>`;
  }
}
defineElement('probe-element', ProbeElement);

describe('<clients-provider>', () => {
  it('provides its store and locale to elements inside, and switches locale live', async () => {
    const dbName = uniqueDbName();
    const provider = await fixture<ClientsProvider>(testHtml`
      <clients-provider db-name=${dbName} user="mgagnon" permissions="client.delete"><probe-element></probe-element></clients-provider>`);
    ClientsProvider.define();
    await provider.updateComplete;
    const probe = provider.querySelector('probe-element') as ProbeElement;
    await waitUntil(() => probe.data.store === provider.store, 'store provided', {timeout: 5000});
    expect(provider.store?.user).to.equal('mgagnon');
    expect(provider.store?.can('client.delete')).to.be.true;
    expect(provider.store?.can('client.change-code')).to.be.false;
    expect(probe.shadowRoot!.textContent).to.equal('Actif');
    provider.locale = 'en-CA';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Active');
  });

  it('reaches children that were upgraded before it (late provider)', async () => {
    const tag = `late-provider-${Math.random().toString(36).slice(2, 8)}`;
    const wrapper = await fixture(testHtml`<div></div>`);
    wrapper.innerHTML = `<${tag}><probe-element></probe-element></${tag}>`;
    const probe = wrapper.querySelector('probe-element') as ProbeElement;
    await probe.updateComplete;
    // No provider yet: the probe falls back to the page-wide default store.
    await waitUntil(() => probe.data.store !== undefined, 'fallback store', {timeout: 5000});
    expect(probe.data.store).to.equal(defaultStore());
    class LateProvider extends ClientsProvider {}
    const injected = new ClientStore({adapter: new LocalAdapter({seedData: smallSeed()}), dbName: uniqueDbName()});
    LateProvider.define(tag);
    const provider = wrapper.querySelector(tag) as ClientsProvider;
    provider.store = injected;
    await waitUntil(() => probe.data.store === injected, 'the late provider takes over', {timeout: 5000});
    await injected.whenReady();
    injected.dispose();
  });

  it('lets an injected store replace its own', async () => {
    const injected = new ClientStore({adapter: new LocalAdapter({seedData: smallSeed()}), dbName: uniqueDbName()});
    const provider = await fixture<ClientsProvider>(testHtml`<clients-provider db-name=${uniqueDbName()}><probe-element></probe-element></clients-provider>`);
    const probe = provider.querySelector('probe-element') as ProbeElement;
    provider.store = injected;
    await provider.updateComplete;
    await waitUntil(() => probe.data.store === injected, 'injected store provided', {timeout: 5000});
    await injected.whenReady();
    await waitUntil(() => probe.data.store?.rows.length === 7, 'seeded', {timeout: 5000});
    injected.dispose();
  });

  it('warns instead of throwing when another class holds the tag', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Other extends HTMLElement {}
      customElements.define('taken-provider', Other);
      expect(ClientsProvider.define('taken-provider')).to.be.false;
      expect(ClientsProvider.define('clients-provider')).to.be.true;
      expect(ClientsProvider.define('clients-provider')).to.be.true;
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<taken-provider> is already defined by another class');
  });
});
