/**
 * Words the synthetic part of the seed is made of: Québec and Canadian names, job titles,
 * print-shop products, note texts. Everything drawn from here is marked `synthetic: true`.
 */
import type {Gender, Language} from '../../src/model/types.js';
import {fold} from '../../src/model/fold.js';
import {formatPhone} from '../../src/model/phone.js';
import type {Random} from './random.js';
import type {SourceKind} from './sources.js';

const FEMALE_FR = [
  'Marie-Ève', 'Geneviève', 'Hélène', 'Josée', 'Valérie', 'Stéphanie', 'Mélanie', 'Chloé', 'Noémie', 'Léa', 'Émilie',
  'Véronique', 'Sophie', 'Nathalie', 'Isabelle', 'Catherine', 'Annie', 'Julie', 'Caroline', 'Jacinthe', 'Ginette',
  'Diane', 'Lucie', 'Manon', 'Chantal', 'Johanne', 'France', 'Sylvie', 'Mylène', 'Andrée-Anne', 'Marie-Claude',
  'Karine', 'Audrey', 'Élise', 'Maude', 'Rosalie', 'Béatrice', 'Anne-Sophie', 'Francine', 'Louise',
];
const MALE_FR = [
  'Sébastien', 'François', 'Jérôme', 'Frédéric', 'André', 'René', 'Benoît', 'Luc', 'Étienne', 'Maxime', 'Mathieu',
  'Martin', 'Éric', 'Patrick', 'Stéphane', 'Pierre-Luc', 'Jean-François', 'Guillaume', 'Simon', 'Alexandre', 'Olivier',
  'Louis', 'Gabriel', 'Félix', 'Raphaël', 'Réjean', 'Gaétan', 'Normand', 'Sylvain', 'Denis', 'Yves', 'Michel',
  'Jean-Sébastien', 'Marc-André', 'Hugo', 'Samuel', 'Jérémie', 'Benoit', 'Claude', 'Gilles',
];
const LAST_FR = [
  'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet',
  'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron',
  'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault',
  'St-Pierre', 'Nadeau', 'Martin', 'Landry', 'Martel', 'Bédard', 'Grenier', 'Lessard', 'Bernier', 'Richard',
  'Michaud', 'Hébert', 'Desjardins', 'Couture', 'Turcotte', 'Lachance', 'Parent', 'Blais', 'Gosselin', 'Savard',
  'Proulx', 'Beaudoin', 'Demers', 'Perreault', 'Boudreau', 'Lemieux', 'Cyr', 'Perron', 'Dufour', 'Dion', 'Mercier',
  'Bolduc', 'Bérubé', 'Boisvert', 'Langlois', 'Ménard', 'Thériault', 'Brisson', 'Vachon', 'Vaillancourt',
  'Charbonneau', 'Laflamme', 'Labbé', 'Guay', 'Champagne', 'Therrien', 'Larouche', 'Séguin', 'Gingras', 'Émond',
  "D'Amours", "O'Neill", 'Lagacé', 'Després', 'Allard', 'Francoeur', 'Brière', 'Veilleux',
];
const FEMALE_EN = [
  'Sarah', 'Jennifer', 'Emily', 'Laura', 'Amanda', 'Jessica', 'Priya', 'Fatima', 'Megan', 'Rachel', 'Olivia',
  'Grace', 'Mei', 'Anjali', 'Hannah', 'Karen', 'Linda', 'Susan', 'Nadia', 'Zoe',
];
const MALE_EN = [
  'James', 'Michael', 'David', 'Robert', 'Daniel', 'Kevin', 'Raj', 'Mohammed', 'Wei', 'Ryan', 'Andrew', 'Brian',
  'Omar', 'Arjun', 'Jason', 'Mark', 'Paul', 'Steven', 'Tariq', 'Ethan',
];
const LAST_EN = [
  'Smith', 'Brown', 'Wilson', 'Campbell', 'Stewart', 'Johnson', 'Singh', 'Patel', 'Chen', 'Wong', 'Nguyen', 'Ahmed',
  'Kim', 'Li', 'MacDonald', 'Taylor', 'Anderson', 'Thompson', 'Martin', 'White', 'Gill', 'Sharma', 'Khan', 'Lee',
  'Murphy', 'Kelly', 'Fraser', 'Ross', 'Hussain', 'Rahman', 'Morrison', 'Grant',
];

export interface PersonName {
  firstName: string;
  lastName: string;
  gender: Gender;
}

export function personName(rng: Random, language: Language): PersonName {
  const english = language === 'en' ? rng.chance(0.8) : rng.chance(0.05);
  const female = rng.chance(0.55);
  const first = english ? (female ? FEMALE_EN : MALE_EN) : female ? FEMALE_FR : MALE_FR;
  const last = english ? LAST_EN : LAST_FR;
  return {firstName: rng.pick(first), lastName: rng.pick(last), gender: female ? 'female' : 'male'};
}

type Role = 'head' | 'billing' | 'buyer' | 'staff';

const TITLES: Record<'school' | 'business', Record<Role, Array<[string, string, string]>>> = {
  // [fr masculine, fr feminine, en]
  school: {
    head: [
      ['Directeur', 'Directrice', 'Principal'],
      ['Directeur adjoint', 'Directrice adjointe', 'Vice-Principal'],
    ],
    billing: [
      ['Technicien en administration', 'Technicienne en administration', 'Administrative Technician'],
      ['Responsable des comptes fournisseurs', 'Responsable des comptes fournisseurs', 'Accounts Payable Clerk'],
    ],
    buyer: [
      ['Agent de bureau', 'Agente de bureau', 'Office Clerk'],
      ["Secrétaire d'école", "Secrétaire d'école", 'School Secretary'],
      ['Gestionnaire administratif', 'Gestionnaire administrative', 'Office Manager'],
    ],
    staff: [
      ['Enseignant', 'Enseignante', 'Teacher'],
      ['Conseiller pédagogique', 'Conseillère pédagogique', 'Educational Consultant'],
      ['Responsable des communications', 'Responsable des communications', 'Communications Officer'],
      ['Technicien en loisirs', 'Technicienne en loisirs', 'Recreation Technician'],
    ],
  },
  business: {
    head: [
      ['Président', 'Présidente', 'President'],
      ['Directeur général', 'Directrice générale', 'General Manager'],
      ['Propriétaire', 'Propriétaire', 'Owner'],
    ],
    billing: [
      ['Comptable', 'Comptable', 'Accountant'],
      ['Contrôleur', 'Contrôleuse', 'Controller'],
      ['Commis aux comptes fournisseurs', 'Commis aux comptes fournisseurs', 'Accounts Payable Clerk'],
    ],
    buyer: [
      ['Responsable des achats', 'Responsable des achats', 'Purchasing Manager'],
      ['Adjoint administratif', 'Adjointe administrative', 'Administrative Assistant'],
      ['Directeur des opérations', 'Directrice des opérations', 'Operations Manager'],
    ],
    staff: [
      ['Coordonnateur marketing', 'Coordonnatrice marketing', 'Marketing Coordinator'],
      ['Directeur des communications', 'Directrice des communications', 'Communications Director'],
      ['Graphiste', 'Graphiste', 'Graphic Designer'],
      ['Directeur de succursale', 'Directrice de succursale', 'Branch Manager'],
    ],
  },
};

export function jobTitle(rng: Random, kind: SourceKind, role: Role, gender: Gender, language: Language): string {
  const [masculine, feminine, english] = rng.pick(TITLES[kind === 'msb' ? 'business' : 'school'][role]);
  if (language === 'en') return english;
  return gender === 'female' ? feminine : masculine;
}

/** Lower-case ASCII form of a name for an e-mail address: "Marie-Ève" → `marie-eve`, "D'Amours" → `damours`. */
export function emailWord(text: string): string {
  return fold(text.replace(/'/g, '')).replace(/ /g, '-');
}

const DOMAIN_STOP_WORDS = new Set([
  'la', 'le', 'les', 'l', 'de', 'du', 'des', 'd', 'et', 'the', 'and', 'of', 'inc', 'ltd', 'ltee', 'limited', 'limitee', 'corp',
  'corporation', 'co', 'cie', 'enr', 'senc', 'llc', 'plc', 'canada', 'a', 'au', 'aux', 'en', 'pour', 'sur',
]);
const WEBMAIL = ['videotron.ca', 'gmail.com', 'hotmail.com', 'outlook.com', 'bell.net', 'sympatico.ca'];

/** The e-mail domain of a client, derived from its name without accents (`La Rose-des-Vents` → `rosedesvents.ca`). */
export function companyDomain(rng: Random, name: string, country: string, kind: SourceKind, unnamed: boolean): string {
  if (unnamed || (kind === 'msb' && rng.chance(0.12))) return rng.pick(WEBMAIL);
  const words = fold(name)
    .split(' ')
    .filter((word) => word && !DOMAIN_STOP_WORDS.has(word) && !/^\d+$/.test(word));
  let label = '';
  for (const word of words) {
    if (label.length >= 10) break;
    label += word;
  }
  label = label.slice(0, 24) || 'client';
  const tld = country === 'US' ? 'com' : country === 'GB' ? 'co.uk' : country === 'IE' ? 'ie' : country && country !== 'CA' ? 'com' : kind === 'msb' ? 'ca' : 'qc.ca';
  return `${label}.${tld}`;
}

const EMAIL_TAGS = ['factures', 'achats', 'imprimerie', 'commandes', 'compta'];

export function emailFor(rng: Random, firstName: string, lastName: string, domain: string, billing: boolean): string {
  const first = emailWord(firstName);
  const last = emailWord(lastName);
  const local = rng.weighted<string>([
    [`${first}.${last}`, 70],
    [`${first.charAt(0)}${last}`, 20],
    [`${first}${last.charAt(0)}`, 10],
  ]);
  const tag = rng.chance(billing ? 0.25 : 0.06) ? `+${rng.pick(EMAIL_TAGS)}` : '';
  return `${local}${tag}@${domain}`;
}

const AREA_CODES: Record<string, string[]> = {
  H: ['514', '438'],
  J: ['450', '579', '819'],
  G: ['418', '581', '819'],
  K: ['613', '343'],
  L: ['905', '289'],
  M: ['416', '647'],
  N: ['519', '226'],
  P: ['705'],
  R: ['204'],
  S: ['306'],
  T: ['403', '780'],
  V: ['604', '778', '250'],
  A: ['709'],
  B: ['902'],
  C: ['902'],
  E: ['506'],
  X: ['867'],
  Y: ['867'],
};

/** An area code for a client: its own phone's, else by postal code, else Montréal's. */
export function areaCodeFor(rng: Random, phone: string | undefined, postalCode: string): string {
  const own = phone && /^\d{3} \d{3}-\d{4}/.exec(phone);
  if (own) return phone!.slice(0, 3);
  return rng.pick(AREA_CODES[postalCode.charAt(0)] ?? ['514', '418', '450']);
}

/** A fictitious number in the 555-01XX range reserved for fiction. */
export function fictitiousPhone(rng: Random, areaCode: string): string {
  return formatPhone(`${areaCode}5550${rng.int(100, 199)}`);
}

/** An extension, as typed in the "Extension" field. */
export function extension(rng: Random): string {
  return String(rng.weighted<number>([[rng.int(10, 99), 3], [rng.int(100, 999), 5], [rng.int(1000, 4999), 2]]));
}

// ---------------------------------------------------------------------------------------------
// Shipping addresses

const STREETS_FR = [
  'rue Principale', 'boulevard Industriel', "rue de l'Église", 'avenue du Parc', 'chemin du Lac', 'rue Saint-Joseph',
  'boulevard Saint-Laurent', 'rue Notre-Dame', 'rue King Ouest', 'rue des Érables', 'montée du Moulin',
  'rue Wellington', 'boulevard de la Concorde', 'rue du Pont', 'avenue Cartier', 'rue Bélanger', 'rang Saint-Joseph',
  'boulevard Charest Ouest', 'rue Racine Est', 'rue Laviolette',
];
const STREETS_EN = [
  'Main Street', 'King Street West', 'Industrial Road', 'Queen Street East', 'Commerce Way', 'Lakeshore Road',
  'Victoria Avenue', 'Dundas Street', 'Airport Road', 'Station Street', 'Heritage Drive', 'Mill Street',
];
const COMPANY_ALIASES_SCHOOL = [
  'Service des ressources matérielles', 'Pavillon annexe', 'Centre administratif', 'Entrepôt du centre de services',
  'Gymnase', 'Bureau des communications',
];
const COMPANY_ALIASES_BUSINESS = ['Entrepôt', 'Succursale', 'Centre de distribution', 'Siège social', 'Kiosque'];
const DELIVERY_NOTES = [
  'Livrer à la réception, entrée principale.',
  'Quai de réception à l’arrière, ouvert de 7 h à 15 h.',
  'Sonner à la porte de service; ne pas laisser les boîtes dehors.',
  'Aucune livraison le vendredi après-midi.',
  'Appeler 30 minutes avant la livraison.',
  'Livraison par la porte du gymnase pendant les heures de classe.',
  'Demander le concierge à l’arrivée.',
  'Stationnement interdit devant l’entrée : utiliser le débarcadère.',
  'Livrer au 2e étage, monte-charge disponible.',
  'Signature obligatoire à la livraison.',
];

export function shippingStreet(rng: Random, language: Language): string {
  return rng.pick(language === 'en' ? STREETS_EN : STREETS_FR);
}

export function shippingCompanyName(rng: Random, kind: SourceKind): string {
  return rng.pick(kind === 'msb' ? COMPANY_ALIASES_BUSINESS : COMPANY_ALIASES_SCHOOL);
}

export function deliveryNote(rng: Random): string {
  return rng.pick(DELIVERY_NOTES);
}

/** A postal code in the same forward sortation area (first three characters) as the client's. */
export function nearbyPostalCode(rng: Random, postalCode: string): string {
  const letters = 'ABCEGHJKLMNPRSTVWXYZ';
  return `${postalCode.slice(0, 3)} ${rng.int(0, 9)}${letters.charAt(rng.int(0, letters.length - 1))}${rng.int(0, 9)}`;
}

// ---------------------------------------------------------------------------------------------
// Notes

const NOTES: Record<'quotes' | 'jobs' | 'shipping' | 'invoicing', string[]> = {
  quotes: [
    'Toujours soumettre deux options de papier : recyclé FSC et couché mat.',
    'Le client compare nos prix avec un concurrent : bien détailler la soumission.',
    "Prévoir un prix pour 250, 500 et 1 000 exemplaires; ils commandent souvent la quantité intermédiaire.",
    "Appel d'offres annuel en mars pour les agendas : préparer la soumission dès février.",
    'Escompte de 5 % convenu sur les réimpressions identiques.',
    'Joindre une épreuve PDF basse résolution à chaque soumission.',
  ],
  jobs: [
    'Épreuve couleur obligatoire avant le tirage.',
    'Le logo doit respecter le Pantone 286 C; refuser les fichiers en RVB.',
    'Les fichiers arrivent toujours sans fonds perdus : ajouter 0,125 po.',
    'Garder les plaques six mois : réimpressions fréquentes.',
    'Papier fourni par le client pour les en-têtes de lettre.',
    'Faire approuver le BAT par la direction, pas seulement par le secrétariat.',
  ],
  shipping: [
    'Livrer avant 15 h, quai de réception à l’arrière.',
    'Boîtes de 20 lb maximum : les employés montent les boîtes à pied.',
    'Fermé pendant les vacances de la construction : ne rien expédier.',
    'Le client vient chercher les petites commandes au comptoir.',
    'Toujours joindre le bordereau d’expédition à l’extérieur de la boîte.',
  ],
  invoicing: [
    'Inscrire le numéro de bon de commande sur chaque facture.',
    "Facturer au siège social, à l'attention des comptes fournisseurs.",
    'Envoyer les factures par courriel seulement, jamais par la poste.',
    'Paiement par dépôt direct; délai habituel de 45 jours malgré le terme de 30 jours.',
    'Une facture par dossier : ne pas regrouper.',
    'Exiger un dépôt de 50 % pour les commandes de plus de 5 000 $.',
  ],
};

export function noteText(rng: Random, category: keyof typeof NOTES): string {
  return rng.pick(NOTES[category]);
}

// ---------------------------------------------------------------------------------------------
// Documents

const PRODUCTS_SCHOOL = [
  'Agendas scolaires', 'Bulletins d’information aux parents', 'Affiches de la semaine de la lecture',
  'Programmes de la remise des diplômes', 'Cahiers d’exercices', 'Cartes d’identité étudiantes', 'Album des finissants',
  'Dépliants portes ouvertes', 'Bannière grand format', 'Certificats de mérite', 'Calendriers scolaires',
  'Enveloppes #10 imprimées', 'Papier à en-tête', 'Autocollants de sécurité', 'Affiches de campagne de financement',
];
const PRODUCTS_BUSINESS = [
  'Cartes d’affaires', 'Dépliants 3 volets', 'Affiches de taux de change', 'Formulaires NCR 3 copies',
  'Reçus en carnets', 'Enveloppes #10 imprimées', 'Papier à en-tête', 'Chemises de présentation', 'Autocollants vinyle',
  'Enseigne de vitrine', 'Calendriers muraux', 'Cartes de fidélité', 'Bannière grand format', 'Rapport annuel 24 pages',
  'Étiquettes de produits',
];
const QUANTITIES = [100, 250, 500, 1000, 1500, 2500, 5000, 10000];

/** Description of a print job: product and quantity ("Dépliants 3 volets — 2 500 ex."). */
export function jobDescription(rng: Random, kind: SourceKind): string {
  const product = rng.pick(kind === 'msb' ? PRODUCTS_BUSINESS : PRODUCTS_SCHOOL);
  const quantity = rng.pick(QUANTITIES);
  return `${product} — ${String(quantity).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ex.`;
}
