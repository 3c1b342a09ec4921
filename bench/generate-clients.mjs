// Deterministic synthetic seed bundle for the benchmark: `generateSeed(count)` gives the same
// clients (French and English company names with accents, Québec and Ontario cities, phones,
// some contacts) for the same count, so that runs and machines compare. Plain JS: Node runs it.

const CITIES = [
  ['Montréal', 'QC', ['514', '438'], 'H'], ['Québec', 'QC', ['418', '581'], 'G'], ['Lévis', 'QC', ['418', '581'], 'G'],
  ['Saint-Georges', 'QC', ['418'], 'G'], ['Trois-Rivières', 'QC', ['819', '873'], 'G'], ['Sherbrooke', 'QC', ['819', '873'], 'J'],
  ['Gatineau', 'QC', ['819', '873'], 'J'], ['Laval', 'QC', ['450', '579'], 'H'], ['Longueuil', 'QC', ['450', '579'], 'J'],
  ['Saguenay', 'QC', ['418', '581'], 'G'], ['Rimouski', 'QC', ['418'], 'G'], ['Drummondville', 'QC', ['819'], 'J'],
  ['Saint-Jérôme', 'QC', ['450'], 'J'], ['Granby', 'QC', ['450'], 'J'], ['Saint-Hyacinthe', 'QC', ['450'], 'J'],
  ['Rouyn-Noranda', 'QC', ['819'], 'J'], ['Sept-Îles', 'QC', ['418'], 'G'], ["Val-d'Or", 'QC', ['819'], 'J'],
  ['Baie-Comeau', 'QC', ['418'], 'G'], ['Thetford Mines', 'QC', ['418'], 'G'], ['Victoriaville', 'QC', ['819'], 'G'],
  ['Sainte-Marie', 'QC', ['418'], 'G'], ['Beauceville', 'QC', ['418'], 'G'], ['Saint-Jean-sur-Richelieu', 'QC', ['450'], 'J'],
  ['Terrebonne', 'QC', ['450'], 'J'], ['Repentigny', 'QC', ['450'], 'J'], ['Blainville', 'QC', ['450'], 'J'],
  ['Joliette', 'QC', ['450'], 'J'], ['Shawinigan', 'QC', ['819'], 'G'], ['Alma', 'QC', ['418'], 'G'],
  ['Matane', 'QC', ['418'], 'G'], ['Gaspé', 'QC', ['418'], 'G'], ['Magog', 'QC', ['819'], 'J'],
  ['Montmagny', 'QC', ['418'], 'G'], ['Rivière-du-Loup', 'QC', ['418'], 'G'], ["L'Assomption", 'QC', ['450'], 'J'],
  ['Boucherville', 'QC', ['450'], 'J'], ['Brossard', 'QC', ['450'], 'J'], ['Saint-Félicien', 'QC', ['418'], 'G'],
  ['Dolbeau-Mistassini', 'QC', ['418'], 'G'], ['Saint-Élzéar', 'QC', ['418'], 'G'], ['Sainte-Anne-des-Monts', 'QC', ['418'], 'G'],
  ['Îles-de-la-Madeleine', 'QC', ['418'], 'G'], ['Mont-Laurier', 'QC', ['819'], 'J'], ['Côte-Saint-Luc', 'QC', ['514'], 'H'],
  ['Pointe-Claire', 'QC', ['514'], 'H'], ['Ottawa', 'ON', ['613', '343'], 'K'], ['Toronto', 'ON', ['416', '647'], 'M'],
  ['Kingston', 'ON', ['613'], 'K'], ['Cornwall', 'ON', ['613'], 'K'], ['Hawkesbury', 'ON', ['613'], 'K'],
  ['Moncton', 'NB', ['506'], 'E'], ['Edmundston', 'NB', ['506'], 'E'], ['Saint-Georges-de-Windsor', 'QC', ['819'], 'J'],
];
const STREETS = [
  'rue Principale', 'boulevard Lacroix', 'avenue du Parc', 'rue Saint-Jean', 'chemin du Lac', '1re Avenue', 'rue de l’Église',
  'boulevard René-Lévesque', 'rue Notre-Dame', 'route 173', 'rue des Érables', 'avenue Côté', 'rue Sainte-Catherine',
  'Main Street', 'King Street', 'Queen Street', 'rue du Séminaire', 'boulevard Talbot', 'rue Racine', 'rang Saint-Joseph',
];
const LAST_FR = [
  'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier',
  'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier',
  'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault', 'St-Pierre', 'Nadeau', 'Martin',
  'Landry', 'Martel', 'Bédard', 'Grenier', 'Lessard', 'Bernier', 'Richard', 'Michaud', 'Hébert', 'Desjardins', 'Couture',
  'Turcotte', 'Lachance', 'Parent', 'Blais', 'Gosselin', 'Savard', 'Proulx', 'Beaudoin', 'Demers', 'Perreault', 'Boudreau',
  'Lemieux', 'Cyr', 'Perron', 'Dufour', 'Dion', 'Mercier', 'Bolduc', 'Bérubé', 'Boisvert', 'Langlois', 'Ménard', 'Thériault',
  'Brisson', 'Vachon', 'Vaillancourt', 'Charbonneau', 'Laflamme', 'Labbé', 'Guay', 'Champagne', 'Therrien', 'Larouche',
  'Séguin', 'Gingras', 'Émond', "D'Amours", "O'Neill", 'Lagacé', 'Després', 'Allard', 'Francœur', 'Brière', 'Veilleux',
];
const FIRST_FR = [
  'Marie-Ève', 'Geneviève', 'Hélène', 'Josée', 'Valérie', 'Stéphanie', 'Mélanie', 'Chloé', 'Noémie', 'Léa', 'Émilie', 'Véronique',
  'Sophie', 'Nathalie', 'Isabelle', 'Catherine', 'Julie', 'Jacinthe', 'Manon', 'Chantal', 'Andrée-Anne', 'Béatrice',
  'Sébastien', 'François', 'Jérôme', 'Frédéric', 'André', 'René', 'Benoît', 'Luc', 'Étienne', 'Maxime', 'Mathieu', 'Éric',
  'Stéphane', 'Pierre-Luc', 'Jean-François', 'Guillaume', 'Félix', 'Raphaël', 'Réjean', 'Gaétan', 'Normand', 'Marc-André',
];
const LAST_EN = [
  'Smith', 'Brown', 'Wilson', 'Campbell', 'Stewart', 'Johnson', 'Singh', 'Patel', 'Chen', 'Wong', 'Nguyen', 'Ahmed', 'Kim',
  'MacDonald', 'Taylor', 'Anderson', 'Thompson', 'White', 'Gill', 'Sharma', 'Khan', 'Lee', 'Murphy', 'Kelly', 'Fraser', 'Ross',
];
const FIRST_EN = [
  'Sarah', 'Jennifer', 'Emily', 'Laura', 'Amanda', 'Jessica', 'Priya', 'Fatima', 'Megan', 'Rachel', 'Olivia', 'Grace', 'Mei',
  'James', 'Michael', 'David', 'Robert', 'Daniel', 'Kevin', 'Raj', 'Mohammed', 'Wei', 'Ryan', 'Andrew', 'Omar', 'Arjun',
];
const TRADES_FR = [
  'Imprimerie', 'Boulangerie', 'Garage', 'Quincaillerie', 'Pharmacie', 'Clinique dentaire', 'Dépanneur', 'Épicerie', 'Fromagerie',
  'Érablière', 'Ferme', 'Transport', 'Construction', 'Toitures', 'Plomberie', 'Électricité', 'Rénovations', 'Traiteur',
  'Restaurant', 'Café', 'Librairie', 'Fleuriste', 'Salon de coiffure', 'Cabinet comptable', 'Notaires', 'Entrepôt', 'Atelier',
  'Menuiserie', 'Excavation', 'Pâtisserie', 'Boucherie', 'Auberge', 'Motel', 'Centre de rénovation', 'Agence',
];
const INSTITUTIONS_FR = [
  ['École primaire', 'École secondaire', 'Collège', 'Centre de services scolaire', 'Polyvalente'],
  ['Municipalité de', 'Ville de', 'Paroisse de', 'MRC de'],
  ['Caisse Desjardins de', 'Chambre de commerce de', 'Club Optimiste de', 'Festival de', 'Bibliothèque de', 'Aréna de'],
];
const SAINTS = ['Saint-Joseph', 'Sainte-Anne', 'Saint-Jean', 'Notre-Dame', 'Saint-François', 'Sainte-Thérèse', 'Saint-Louis', 'Sacré-Cœur', 'Marguerite-Bourgeoys', 'des Pionniers', 'de l’Envol', 'Les Etchemins'];
const FORMS_FR = ['inc.', 'ltée', 'enr.', '& Fils', 'et Frères', 'S.E.N.C.', ''];
const TRADES_EN = ['Printing', 'Hardware', 'Dental Clinic', 'Bakery', 'Auto Service', 'Graphics', 'Signs', 'Roofing', 'Plumbing', 'Catering', 'Books', 'Consulting', 'Logistics', 'Florist'];
const FORMS_EN = ['Inc.', 'Ltd.', '& Sons', 'Co.', 'Corp.', ''];
const ADJ_EN = ['Northern', 'Maple Leaf', 'Riverside', 'Capital', 'Valley', 'Lakeshore', 'Pioneer', 'Summit', 'Heritage', 'Evergreen'];
const SECTORS = [
  ['auto', 'Commerces automobile', 'Automotive dealers'], ['retail', 'Commerces de détail', 'Retail trade'],
  ['agri', 'Agriculture, pêche et forêt', 'Agriculture, fishing and forestry'], ['hospitality', 'Hébergement et restauration', 'Accommodation and food services'],
  ['manufacturing', 'Industrie manufacturière', 'Manufacturing'], ['gov', 'Services gouv. et publics', 'Government and public services'],
  ['food', 'Alimentation et grossiste', 'Food and wholesale'], ['civic', 'Organisations civiques et amicales', 'Civic and social organizations'],
  ['municipal', 'Villes et municipalités', 'Cities and municipalities'], ['education', 'Éducation', 'Education'],
  ['health', 'Santé et services sociaux', 'Health care and social services'], ['construction', 'Construction', 'Construction'],
  ['professional', 'Services professionnels', 'Professional services'], ['transport', 'Transport et entreposage', 'Transportation and warehousing'],
];
const REPS = [['egilbert', 'Eric Gilbert'], ['jtremblay', 'Josée Tremblay'], ['mgagnon', 'Mathieu Gagnon'], ['slevesque', 'Sophie Lévesque'], ['rsingh', 'Raj Singh']];
const JOBS_FR = ['Propriétaire', 'Directrice générale', 'Directeur des achats', 'Adjointe administrative', 'Comptable', 'Responsable marketing', 'Secrétaire d’école'];
const JOBS_EN = ['Owner', 'General Manager', 'Purchasing Manager', 'Office Manager', 'Accountant', 'Marketing Lead'];

/** mulberry32: small, fast, good enough for test data. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const pad = (value, width) => String(value).padStart(width, '0');
const day = (rng, fromYear, toYear) => `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
const ascii = (text) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

function companyName(rng, english, city) {
  if (english) {
    const last = rng.pick(LAST_EN);
    switch (rng.int(0, 3)) {
      case 0: return `${last} ${rng.pick(TRADES_EN)} ${rng.pick(FORMS_EN)}`.trim();
      case 1: return `${rng.pick(ADJ_EN)} ${rng.pick(TRADES_EN)} ${city} ${rng.pick(FORMS_EN)}`.trim();
      case 2: return `${city} ${rng.pick(TRADES_EN)} #${rng.int(1, 300)}`;
      default: return `${last} & ${rng.pick(LAST_EN)} ${rng.pick(FORMS_EN)}`.trim();
    }
  }
  const last = rng.chance(0.3) ? `${rng.pick(LAST_FR)}-${rng.pick(LAST_FR)}` : rng.pick(LAST_FR);
  switch (rng.int(0, 7)) {
    case 0: return `${rng.pick(INSTITUTIONS_FR[0])} ${rng.pick(SAINTS)} (${city})`;
    case 1: return `${rng.pick(INSTITUTIONS_FR[1])} ${city}${rng.chance(0.8) ? ` — ${rng.pick(['service des loisirs', 'travaux publics', 'greffe', 'bibliothèque', 'communications'])} ${rng.int(1, 40)}` : ''}`;
    case 2: return `${rng.pick(INSTITUTIONS_FR[2])} ${city}${rng.chance(0.7) ? ` ${rng.int(1, 60)}` : ''}`;
    case 3: return `${pad(rng.int(1000, 9999), 4)}-${pad(rng.int(1000, 9999), 4)} Québec inc.`;
    case 4: return `Les Entreprises ${last} ${rng.pick(FORMS_FR)}`.trim();
    case 5: return `${rng.pick(TRADES_FR)} ${last} ${city}`;
    default: return `${rng.pick(TRADES_FR)} ${last} ${rng.pick(FORMS_FR)}`.trim();
  }
}

/**
 * A seed bundle of `count` clients (codes `C-000001`…), with about one contact per client
 * (none for a third of them). Same count, same bundle.
 */
export function generateSeed(count = 100_000, seed = 20240611) {
  const rng = random(seed);
  const clients = [];
  const contacts = [];
  for (let i = 1; i <= count; i++) {
    const [city, province, areaCodes, postalLetter] = rng.pick(CITIES);
    const english = province !== 'QC' ? rng.chance(0.8) : rng.chance(0.12);
    const name = companyName(rng, english, city);
    const roll = rng.next();
    const active = roll >= 0.08;
    const prospect = active && roll < 0.15;
    const id = `bc-${pad(i, 6)}`;
    const created = day(rng, 2004, 2025);
    const phone = `${rng.pick(areaCodes)} ${rng.int(200, 999)}-${pad(rng.int(0, 9999), 4)}`;
    const synced = !prospect && rng.chance(0.9);
    clients.push({
      id,
      code: `C-${pad(i, 6)}`,
      name,
      phone,
      address: {
        civicNumber: String(rng.int(1, 9999)),
        street: rng.pick(STREETS),
        city,
        province,
        postalCode: `${postalLetter}${rng.int(0, 9)}${String.fromCharCode(65 + rng.int(0, 25))} ${rng.int(0, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(0, 9)}`,
        country: 'CA',
      },
      createdAt: `${created}T14:00:00.000Z`,
      accountOpenedOn: created,
      language: english ? 'en' : 'fr',
      sectorId: rng.chance(0.9) ? rng.pick(SECTORS)[0] : undefined,
      repId: rng.pick(REPS)[0],
      active,
      prospect,
      firstInvoicedOn: prospect || rng.chance(0.05) ? null : day(rng, 2005, 2025),
      shipperIdentification: 'standard',
      accounting: {currency: province === 'QC' || rng.chance(0.8) ? 'CAD' : 'USD', paymentTerms: rng.pick(['net30', 'net15', 'cod']), taxCode: province.toLowerCase(), creditLimit: rng.int(1, 50) * 500},
      accountingSync: synced ? {state: 'synced', accountingId: `ACB-${pad(i, 6)}`, syncedAt: '2025-11-03T15:00:00.000Z'} : {state: 'never'},
      updatedAt: '2025-11-03T15:00:00.000Z',
      version: 1,
      synthetic: true,
    });
    const contactCount = rng.next() < 0.34 ? 0 : rng.chance(0.7) ? 1 : rng.int(2, 3);
    for (let c = 0; c < contactCount; c++) {
      const enContact = english ? rng.chance(0.85) : rng.chance(0.05);
      const firstName = rng.pick(enContact ? FIRST_EN : FIRST_FR);
      const lastName = rng.pick(enContact ? LAST_EN : LAST_FR);
      contacts.push({
        id: `bk-${pad(contacts.length + 1, 7)}`,
        clientId: id,
        email: `${ascii(firstName)}.${ascii(lastName)}@${ascii(name).slice(0, 18) || 'client'}.example`,
        firstName,
        lastName,
        jobTitle: rng.pick(enContact ? JOBS_EN : JOBS_FR),
        language: enContact ? 'en' : 'fr',
        phone1: phone,
        active: true,
        isDefault: c === 0,
        isBillingResponsible: false,
        billingCc: false,
        crmSync: {state: 'never'},
        updatedAt: '2025-11-03T15:00:00.000Z',
        version: 1,
        synthetic: true,
      });
    }
  }
  return {
    clients,
    contacts,
    addresses: [],
    notes: [],
    documents: [],
    reference: {
      sectors: SECTORS.map(([id, fr, en]) => ({id, fr, en})),
      reps: REPS.map(([id, name]) => ({id, name})),
      paymentTerms: [{id: 'net30', fr: 'Net 30 jours', en: 'Net 30 days'}, {id: 'net15', fr: 'Net 15 jours', en: 'Net 15 days'}, {id: 'cod', fr: 'Comptant', en: 'Cash on delivery'}],
      currencies: ['CAD', 'USD'],
      taxCodes: [],
      territories: [],
      businessEntities: [],
      settings: {clientCodePattern: 'C-######', newClientsAreProspects: false, defaultCurrency: 'CAD'},
    },
    attribution: ['Synthetic benchmark data (bench/generate-clients.mjs); every record is invented.'],
  };
}
