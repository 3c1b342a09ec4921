import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import {listPreferencesKey} from '../../src/model/list-preferences.js';
import {makeClient, uniqueDbName} from '../helpers/fixtures.js';
import {click, filterSeed, openList} from './list-harness.js';

describe('<client-list> Filtres panel', () => {
  it('shows every section of interOP\'s panel, Actif ticked on first use', async () => {
    const h = await openList();
    expect(h.count()).to.equal('6 fiches sur 8');
    expect(h.button('Filtres (1)')).to.exist;
    await h.openPanel();
    const panel = h.root.querySelector('[role="dialog"]')!;
    expect([...panel.querySelectorAll('legend')].map((l) => l.textContent!.trim())).to.deep.equal([
      'État',
      'Attributs',
      'Langue',
      'Grouper par',
      'Trier par',
    ]);
    const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.closest('label')!.textContent!.trim())).to.deep.equal([
      'Prospect',
      'Favoris',
      'Actif',
      'Inactif',
      'Non synchronisé - Logiciel comptable',
      'Français',
      'Anglais',
    ]);
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, false, true, false, false, false, false]);
    expect(h.button('Secteur Tous').getAttribute('aria-expanded')).to.equal('false');
    expect(h.button('Représentant Tous')).to.exist;
    expect(h.select('Grouper par').value).to.equal('');
    expect(h.select('Tri 1').value).to.equal('code');
    expect(h.select('Tri 2').value).to.equal('');
    expect(h.button('Tri 1 : croissant')).to.exist;
    expect(h.button('Effacer filtres')).to.exist;
    await expect(h.list).to.be.accessible();
  });

  it('combines filters: OR within a section, AND across sections; the button counts the choices', async () => {
    const h = await openList();
    await h.openPanel();
    await click(h.checkbox('Inactif'));
    await click(h.button('Secteur Tous'));
    await h.settle();
    await click(h.checkbox('Industrie manufacturière'));
    await click(h.checkbox('Alimentation et grossiste'));
    await h.settle();
    expect(h.button(/^Secteur /).textContent!.trim()).to.equal('Industrie manufacturière, Alimentation et grossiste');
    await h.apply();
    // Actif or Inactif, AND manu or food: c1, c2, c4, c5, c8 (c6 has no sector).
    expect(h.names()).to.deep.equal(['Zinc Inc.', 'Épicerie Bédard', 'Entrepôt Lévis', 'eau Claire', 'Anglo Print Ltd']);
    expect(h.button('Filtres (4)')).to.exist;

    await h.openPanel();
    await click(h.checkbox('Anglais'));
    await h.apply();
    expect(h.names()).to.deep.equal(['Anglo Print Ltd']);

    await h.openPanel();
    await click(h.checkbox('Anglais'));
    await click(h.button('Représentant Tous'));
    await h.settle();
    await click(h.checkbox('Eric Gilbert'));
    await h.apply();
    expect(h.names()).to.deep.equal(['Épicerie Bédard', 'Anglo Print Ltd']);
    expect(h.count()).to.equal('2 fiches sur 8');
    expect(h.button('Filtres (5)')).to.exist;
  });

  it('filters the user\'s favourites, and the clients not synchronised with the accounting software', async () => {
    const h = await openList();
    await h.store.toggleFavourite('c3');
    await h.store.toggleFavourite('c6');
    await h.settle();
    await h.openPanel();
    await click(h.checkbox('Favoris'));
    await h.apply();
    // Favoris AND Actif: the inactive favourite stays hidden.
    expect(h.names()).to.deep.equal(['École St-Jean']);
    await h.openPanel();
    await click(h.checkbox('Actif'));
    await h.apply();
    expect(h.names()).to.deep.equal(['École St-Jean', 'Ancienne Imprimerie']);

    await h.openPanel();
    await click(h.checkbox('Favoris'));
    await click(h.checkbox('Non synchronisé - Logiciel comptable'));
    await h.apply();
    expect(h.names()).to.deep.equal(['Prospect Québec', 'Anglo Print Ltd']);
    expect(h.button('Filtres (1)')).to.exist;
  });

  it('says the filters, not the search, leave no client; nothing to export or print then', async () => {
    const h = await openList();
    await h.openPanel();
    await click(h.checkbox('Actif'));
    await click(h.checkbox('Favoris'));
    await h.apply();
    expect(h.count()).to.equal('0 fiche sur 8');
    expect(h.root.querySelector('.message')!.textContent!.trim()).to.equal('Aucun client ne correspond aux filtres.');
    expect(h.button('Exporter en Excel').disabled).to.be.true;
    expect(h.button('Imprimer').disabled).to.be.true;
    // A search that finds clients the filters leave out: the filters are still the cause.
    await h.search('zinc');
    expect(h.root.querySelector('.message')!.textContent!.trim()).to.equal('Aucun client ne correspond aux filtres.');
    await h.search('');

    await h.openPanel();
    await click(h.checkbox('Favoris'));
    await h.apply();
    await h.search('zz-nothing');
    expect(h.root.querySelector('.message')!.textContent!.trim()).to.equal('Aucun client ne correspond à la recherche.');
    await h.search('zinc');
    expect(h.names()).to.deep.equal(['Zinc Inc.']);
    expect(h.button('Exporter en Excel').disabled).to.be.false;
  });

  it('sorts on two levels, each with its direction', async () => {
    const h = await openList();
    await h.openPanel();
    await h.choose('Tri 1', 'Secteur');
    await click(h.button('Tri 1 : croissant'));
    await h.settle();
    expect(h.button('Tri 1 : décroissant')).to.exist;
    await h.choose('Tri 2', 'Entreprise');
    await click(h.button('Tri 2 : croissant'));
    await h.apply();
    // Sector descending (Industrie manufacturière, Éducation, Alimentation), then company descending.
    expect(h.names()).to.deep.equal(['Zinc Inc.', 'Entrepôt Lévis', 'Anglo Print Ltd', 'École St-Jean', 'Épicerie Bédard', 'eau Claire']);
    expect(h.list.query.sort).to.deep.equal([
      {field: 'sector', direction: 'desc'},
      {field: 'name', direction: 'desc'},
    ]);
    const header = h.root.querySelector('[role="columnheader"][aria-sort]')!;
    expect(header.textContent!.trim()).to.equal('Secteur');
    expect(header.getAttribute('aria-sort')).to.equal('descending');

    // Choosing for one level the field of the other swaps the two, each keeping its direction.
    await h.openPanel();
    await h.choose('Tri 1', 'Entreprise');
    expect(h.select('Tri 1').value).to.equal('name');
    expect(h.select('Tri 2').value).to.equal('sector');
    await h.apply();
    expect(h.list.query.sort).to.deep.equal([
      {field: 'name', direction: 'desc'},
      {field: 'sector', direction: 'desc'},
    ]);
  });

  it('shows in each select what the panel will apply, whatever the sequence of choices', async () => {
    const h = await openList();
    await h.openPanel();
    const shown = () => [h.select('Tri 1').value, h.select('Tri 2').value];
    await h.choose('Tri 2', 'Entreprise');
    await h.choose('Tri 1', 'Entreprise');
    expect(shown()).to.deep.equal(['name', 'code']);
    await h.choose('Tri 2', 'Statut');
    await click(h.button('Retirer le tri 2'));
    await h.settle();
    await h.choose('Tri 2', 'Secteur');
    expect(shown()).to.deep.equal(['name', 'sector']);
    await click(h.button('Retirer le tri 1'));
    await h.settle();
    expect(shown()).to.deep.equal(['sector', '']);

    await h.choose('Grouper par', 'Secteur');
    await h.choose('Grouper par', 'Aucun regroupement');
    await h.choose('Grouper par', 'Secteur');
    await click(h.button('Effacer filtres'));
    await h.settle();
    expect(h.select('Grouper par').value).to.equal('');
    await h.apply();
    expect(h.list.query.sort).to.deep.equal([{field: 'sector', direction: 'asc'}]);
    expect(h.list.groupBy).to.equal(null);
  });

  it('groups by a field with counts; a click toggles one group, shift-click all of them', async () => {
    const h = await openList();
    await h.openPanel();
    await h.choose('Grouper par', 'Secteur');
    await h.apply();
    expect(h.groups()).to.deep.equal([
      'Alimentation et grossiste (2 fiches) ▾',
      'Éducation (1 fiche) ▾',
      'Industrie manufacturière (3 fiches) ▾',
    ]);
    expect(h.names()).to.deep.equal(['Épicerie Bédard', 'eau Claire', 'École St-Jean', 'Zinc Inc.', 'Entrepôt Lévis', 'Anglo Print Ltd']);
    expect(h.count()).to.equal('6 fiches sur 8');

    const groupRow = (label: string) => h.rows().find((row) => row.hasAttribute('aria-expanded') && row.textContent!.includes(label))!;
    await click(groupRow('Éducation'));
    await h.settle();
    expect(h.groups()[1]).to.equal('Éducation (1 fiche) ▸');
    expect(h.names()).to.not.include('École St-Jean');
    expect(h.list.visibleClients.map((row) => row.id)).to.deep.equal(['c2', 'c5', 'c1', 'c4', 'c8']);

    // Shift-click on an open group closes every group…
    await click(groupRow('Alimentation'), {shift: true});
    await h.settle();
    expect(h.groups().every((g) => g.endsWith('▸'))).to.be.true;
    expect(h.names()).to.deep.equal([]);
    // …and on a closed one opens them all.
    await click(groupRow('Industrie'), {shift: true});
    await h.settle();
    expect(h.groups().every((g) => g.endsWith('▾'))).to.be.true;
    expect(h.names()).to.have.length(6);

    // Keyboard: Enter on a group header toggles it.
    expect(h.root.querySelector('.grid')!.getAttribute('role')).to.equal('treegrid');
    h.root.querySelector<HTMLElement>('.grid')!.focus();
    await sendKeys({press: 'Home'});
    await sendKeys({press: 'Enter'});
    await h.settle();
    expect(h.groups()[0]).to.equal('Alimentation et grossiste (2 fiches) ▸');
    await expect(h.list).to.be.accessible();
  });

  it('remembers the choices per user and database across a reload; Effacer filtres clears them', async () => {
    const dbName = uniqueDbName();
    const first = await openList(filterSeed(), {dbName, user: 'marie'});
    await first.openPanel();
    await click(first.checkbox('Inactif'));
    await click(first.checkbox('Anglais'));
    await first.choose('Grouper par', 'Représentant');
    await first.choose('Tri 1', 'Entreprise');
    await first.apply();
    expect(first.names()).to.deep.equal(['Anglo Print Ltd']);
    const stored = localStorage.getItem(listPreferencesKey(dbName, 'marie'));
    expect(stored).to.be.a('string');
    // The page goes away (the rows render only those in view: one list at a time).
    first.list.parentElement!.remove();
    first.store.dispose();

    // "Reload": a new store and element on the same database, same user.
    const again = await openList(filterSeed(), {dbName, user: 'marie'});
    expect(again.button('Filtres (3)')).to.exist;
    expect(again.groups()).to.deep.equal(['Eric Gilbert (1 fiche) ▾']);
    expect(again.names()).to.deep.equal(['Anglo Print Ltd']);
    expect(again.list.query.sort[0]).to.deep.equal({field: 'name', direction: 'asc'});

    // Another user of the same database starts from the defaults.
    again.list.hidden = true;
    const other = await openList(filterSeed(), {dbName, user: 'paul'});
    expect(other.button('Filtres (1)')).to.exist;
    expect(other.groups()).to.deep.equal([]);

    // A damaged entry gives the defaults, not an error.
    other.list.parentElement!.remove();
    localStorage.setItem(listPreferencesKey(dbName, 'zoe'), '{"v":1,"states":"oops","sort":[{"field":"x"}]');
    const damaged = await openList(filterSeed(), {dbName, user: 'zoe'});
    expect(damaged.button('Filtres (1)')).to.exist;

    damaged.list.parentElement!.remove();
    again.list.hidden = false;
    await again.settle();
    await again.openPanel();
    await click(again.button('Effacer filtres'));
    await again.settle();
    const boxes = [...again.root.querySelectorAll<HTMLInputElement>('[role="dialog"] input[type="checkbox"]')];
    expect(boxes.some((b) => b.checked)).to.be.false;
    expect(again.select('Grouper par').value).to.equal('');
    await again.apply();
    expect(again.button('Filtres')).to.exist;
    expect(again.count()).to.equal('8 fiches sur 8');
    expect(JSON.parse(localStorage.getItem(listPreferencesKey(dbName, 'marie'))!).states).to.deep.equal([]);
  });

  it('works groups from the keyboard as a tree: Right opens, Left closes, Left on a row goes to its group', async () => {
    const h = await openList();
    await h.openPanel();
    await h.choose('Grouper par', 'Secteur');
    await h.apply();
    const grid = h.root.querySelector<HTMLElement>('.grid')!;
    grid.focus();
    await sendKeys({press: 'Home'});
    await sendKeys({press: 'ArrowLeft'});
    await h.settle();
    expect(h.groups()[0]).to.equal('Alimentation et grossiste (2 fiches) ▸');
    await sendKeys({press: 'ArrowLeft'});
    await h.settle();
    expect(h.groups()[0]).to.equal('Alimentation et grossiste (2 fiches) ▸');
    await sendKeys({press: 'ArrowRight'});
    await h.settle();
    expect(h.groups()[0]).to.equal('Alimentation et grossiste (2 fiches) ▾');
    // Down to the group's second row, then Left: back on its group's header (still open).
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await h.settle();
    expect(h.root.getElementById(grid.getAttribute('aria-activedescendant')!)!.textContent).to.include('eau Claire');
    await sendKeys({press: 'ArrowLeft'});
    await h.settle();
    expect(h.root.getElementById(grid.getAttribute('aria-activedescendant')!)!.textContent).to.include('Alimentation et grossiste');
    expect(h.groups()[0]).to.equal('Alimentation et grossiste (2 fiches) ▾');
  });

  it('is one tab stop: from the grid, Tab leaves the list (the scrolling rows area is no stop of its own)', async () => {
    const h = await openList();
    h.list.style.height = '300px';
    await h.settle();
    const body = h.root.querySelector<HTMLElement>('.body')!;
    expect(body.scrollHeight, 'the rows scroll').to.be.above(body.clientHeight);
    const after = document.createElement('button');
    after.textContent = 'Après la liste';
    h.list.parentElement!.after(after);
    try {
      h.root.querySelector<HTMLElement>('.grid')!.focus();
      await sendKeys({press: 'Tab'});
      expect(document.activeElement === after, `focus on ${h.root.activeElement?.className ?? document.activeElement?.tagName}`).to.be.true;
    } finally {
      after.remove();
    }
  });

  describe('on a short screen', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    it('keeps Appliquer within reach: the panel fits the room below it and its sections scroll', async () => {
      await setViewport({width: 1000, height: 560});
      const h = await openList();
      // The list sits under the host page's own header, as in interOP.
      h.list.style.marginTop = '180px';
      await h.openPanel();
      const panel = h.root.querySelector<HTMLElement>('[role="dialog"]')!;
      const apply = h.button('Appliquer');
      expect(panel.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
      expect(apply.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
      const body = panel.querySelector<HTMLElement>('.filter-panel-body')!;
      expect(body.scrollHeight).to.be.above(body.clientHeight);

      await click(h.checkbox('Inactif'));
      const box = apply.getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
      await h.settle();
      expect(h.panelOpen()).to.be.false;
      expect(h.button('Filtres (2)')).to.exist;
    });
  });

  it('keeps Appliquer within a list of fixed height (the list clips what goes past its edge)', async () => {
    await setViewport({width: 1000, height: 900});
    try {
      const h = await openList();
      h.list.style.height = '440px';
      await h.settle();
      await h.openPanel();
      const panel = h.root.querySelector<HTMLElement>('[role="dialog"]')!;
      expect(panel.getBoundingClientRect().bottom).to.be.at.most(h.list.getBoundingClientRect().bottom);
      await click(h.checkbox('Inactif'));
      const apply = h.button('Appliquer').getBoundingClientRect();
      const [x, y] = [Math.round(apply.x + apply.width / 2), Math.round(apply.y + apply.height / 2)];
      expect(h.root.elementFromPoint(x, y) === h.button('Appliquer'), 'Appliquer is what a click there reaches').to.be.true;
      await sendMouse({type: 'click', position: [x, y]});
      await h.settle();
      expect(h.panelOpen()).to.be.false;
      expect(h.button('Filtres (2)')).to.exist;
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('keeps within a narrow list: no wider than the list, Appliquer reachable', async () => {
    const h = await openList();
    h.list.style.width = '340px';
    await h.settle();
    await h.openPanel();
    const panel = h.root.querySelector<HTMLElement>('[role="dialog"]')!.getBoundingClientRect();
    const list = h.list.getBoundingClientRect();
    expect(panel.left).to.be.at.least(list.left);
    expect(panel.right).to.be.at.most(list.right);
    const apply = h.button('Appliquer').getBoundingClientRect();
    const [x, y] = [Math.round(apply.x + apply.width / 2), Math.round(apply.y + apply.height / 2)];
    expect(h.root.elementFromPoint(x, y) === h.button('Appliquer'), 'Appliquer is what a click there reaches').to.be.true;
  });

  it('closes when the focus leaves it (Tab past its last button); Escape in a pick list closes the list only', async () => {
    const h = await openList();
    await h.openPanel();
    await click(h.button('Secteur Tous'));
    await h.settle();
    h.checkbox('Industrie manufacturière').focus();
    await sendKeys({press: 'Escape'});
    await h.settle();
    expect(h.panelOpen()).to.be.true;
    expect(h.button('Secteur Tous').getAttribute('aria-expanded')).to.equal('false');
    expect(h.root.activeElement === h.button('Secteur Tous'), 'focus back on the pick button').to.be.true;

    h.button('Appliquer').focus();
    await sendKeys({press: 'Tab'});
    await h.settle();
    expect(h.panelOpen(), `focus on ${h.root.activeElement?.outerHTML.slice(0, 80)}`).to.be.false;
  });

  it('a double click on Appliquer applies once and opens no client under it', async () => {
    const seed = filterSeed();
    for (let n = 10; n < 15; n++) seed.clients.push(makeClient({id: `c${n}`, code: `C-00${n}`, name: `Client ${n}`}));
    const h = await openList(seed);
    const opened: string[] = [];
    h.list.addEventListener('client-open', (event) => opened.push(event.detail.clientId));
    await h.openPanel();
    await click(h.checkbox('Inactif'));
    const apply = h.button('Appliquer').getBoundingClientRect();
    const position: [number, number] = [Math.round(apply.x + apply.width / 2), Math.round(apply.y + apply.height / 2)];
    const under = () => h.root.elementFromPoint(...position)?.closest('[role="row"]');
    await sendMouse({type: 'click', position});
    expect(Boolean(under()), 'a row under the button once the panel is closed').to.be.true;
    // The second click of a double click, as the browser sends it (the runner's mouse counts one).
    const second = h.root.elementFromPoint(...position)!;
    second.dispatchEvent(new MouseEvent('click', {detail: 2, bubbles: true, composed: true, clientX: position[0], clientY: position[1]}));
    await h.settle();
    expect(h.panelOpen()).to.be.false;
    expect(h.button('Filtres (2)')).to.exist;
    expect(opened).to.deep.equal([]);
  });

  it('closes on a press outside it without applying the draft; a press in the list only closes it', async () => {
    const h = await openList();
    await h.openPanel();
    await click(h.checkbox('Inactif'));
    await click(h.root.querySelector('.count')!);
    await h.settle();
    expect(h.panelOpen()).to.be.false;
    expect(h.button('Filtres (1)')).to.exist;
    expect(h.count()).to.equal('6 fiches sur 8');

    // A press on a row only closes the panel: the user was dismissing it, not opening a client.
    const opened: string[] = [];
    h.list.addEventListener('client-open', (event) => opened.push(event.detail.clientId));
    await h.openPanel();
    const lastRowStatus = () => h.rows().at(-1)!.querySelector('.col-status')!;
    await click(lastRowStatus());
    await h.settle();
    expect(h.panelOpen()).to.be.false;
    expect(opened).to.deep.equal([]);
    await click(lastRowStatus());
    expect(opened).to.have.length(1);

    // A press on the page around the list closes it too, and does what it does there.
    const around = document.createElement('button');
    around.textContent = 'La page autour';
    around.style.cssText = 'position: fixed; right: 0; bottom: 0; margin: 0; padding: 8px';
    let pageClicks = 0;
    around.addEventListener('click', () => pageClicks++);
    document.body.append(around);
    await h.openPanel();
    await click(around);
    around.remove();
    await h.settle();
    expect(h.panelOpen()).to.be.false;
    expect(pageClicks).to.equal(1);
    // The filter button still toggles it.
    await h.openPanel();
    expect(h.panelOpen()).to.be.true;
    await h.openPanel();
    expect(h.panelOpen()).to.be.false;
  });
});
