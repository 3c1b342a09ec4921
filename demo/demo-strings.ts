/**
 * The demo shell's own words (the module's catalogues live in src/i18n and are not used here:
 * the shell plays the host application).
 */
export type DemoLocale = 'fr-CA' | 'en-CA';

const fr = {
  appName: 'interOP',
  moduleName: 'Clients',
  menu: 'Menu',
  menuClients: 'Clients',
  menuShipping: 'Expéditions (démo)',
  menuClientNotes: 'Voir ses notes dans Expéditions',
  menuLegacy: 'Page héritée (un seul script)',
  menuAbout: 'À propos',
  menuReset: 'Réinitialiser la démo',
  back: 'Retour à la liste des clients',
  backShipping: 'Retour',
  help: 'Aide',
  about: 'À propos',
  language: 'Langue',
  close: 'Fermer',
  cancel: 'Annuler',
  aboutTitle: 'À propos de cette démo',
  aboutIntro:
    "Le module Clients d'interOP en composants web (Lit), sur l'adaptateur local : les données sont gardées dans IndexedDB, dans ce navigateur seulement.",
  aboutSources: 'Sources des données',
  helpTitle: 'Aide',
  helpBody: [
    'Cliquez sur une ligne (ou Entrée) pour ouvrir la fiche du client ; le bouton Précédent du navigateur revient à la liste.',
    'Les adresses sont partageables : /clients/<identifiant> ouvre directement une fiche.',
    "Les actions qui appartiennent à l'application hôte (créer une facture, ouvrir un document) affichent ici un message.",
    "« Expéditions (démo) » joue une page d'un autre module d'interOP : le crayon de son en-tête compte les notes d'expédition du client et les ouvre.",
    'La page héritée montre les mêmes composants chargés par une seule balise <script> dans une page aux vieux styles globaux.',
  ],
  resetTitle: 'Réinitialiser la démo',
  resetBody:
    'Les données de démonstration seront effacées de ce navigateur et rechargées depuis le jeu de données initial. Les modifications faites dans la démo seront perdues.',
  resetConfirm: 'Réinitialiser',
  resetting: 'Réinitialisation…',
  notFoundTitle: 'Page introuvable',
  notFoundBody: "Cette adresse ne correspond à aucune page de la démo.",
  notFoundLink: 'Retour à la liste des clients',
  toastInvoice: "L'application hôte ouvrirait ici son module Facturation pour créer une facture au client {id}.",
  toastDocument: "L'application hôte ouvrirait ici le document {number}.",
  toastSaved: 'Client enregistré.',
  toastDeleted: 'Client supprimé.',
  titleList: 'Clients — interOP',
  titleClient: 'Client {code} — interOP',
  titleShipping: 'Expéditions (démo) — interOP',
  titleNotFound: 'Page introuvable — interOP',
} as const;

type Strings = {readonly [K in keyof typeof fr]: (typeof fr)[K] extends readonly string[] ? readonly string[] : string};

const en: Strings = {
  appName: 'interOP',
  moduleName: 'Clients',
  menu: 'Menu',
  menuClients: 'Clients',
  menuShipping: 'Shipping (demo)',
  menuClientNotes: 'See their notes in Shipping',
  menuLegacy: 'Legacy page (one script tag)',
  menuAbout: 'About',
  menuReset: 'Reset the demo',
  back: 'Back to the client list',
  backShipping: 'Back',
  help: 'Help',
  about: 'About',
  language: 'Language',
  close: 'Close',
  cancel: 'Cancel',
  aboutTitle: 'About this demo',
  aboutIntro:
    "interOP's Clients module as web components (Lit), on the local adapter: the data is kept in IndexedDB, in this browser only.",
  aboutSources: 'Data sources',
  helpTitle: 'Help',
  helpBody: [
    "Click a row (or press Enter) to open the client's file; the browser's Back button returns to the list.",
    'Addresses can be shared: /clients/<id> opens a client file directly.',
    'Actions that belong to the host application (create an invoice, open a document) show a message here.',
    '"Shipping (demo)" plays a page of another interOP module: the pencil in its header counts the client\'s shipping notes and opens them.',
    'The legacy page shows the same components loaded by a single <script> tag in a page with old global styles.',
  ],
  resetTitle: 'Reset the demo',
  resetBody:
    'The demo data will be erased from this browser and reloaded from the initial data set. Changes made in the demo will be lost.',
  resetConfirm: 'Reset',
  resetting: 'Resetting…',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This address matches no page of the demo.',
  notFoundLink: 'Back to the client list',
  toastInvoice: 'The host application would open its Invoicing module here to create an invoice for client {id}.',
  toastDocument: 'The host application would open document {number} here.',
  toastSaved: 'Client saved.',
  toastDeleted: 'Client deleted.',
  titleList: 'Clients — interOP',
  titleClient: 'Client {code} — interOP',
  titleShipping: 'Shipping (demo) — interOP',
  titleNotFound: 'Page not found — interOP',
};

const dictionaries: Record<DemoLocale, Strings> = {'fr-CA': fr, 'en-CA': en};

type TextKey = {[K in keyof Strings]: Strings[K] extends string ? K : never}[keyof Strings];

/** The shell's text in `locale`, with `{name}` placeholders filled. */
export function text(locale: DemoLocale, key: TextKey, params: Record<string, string> = {}): string {
  return (dictionaries[locale][key] as string).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function lines(locale: DemoLocale, key: 'helpBody'): readonly string[] {
  return dictionaries[locale][key];
}

/** A line of text and the language it is written in (for its `lang` attribute). */
export interface LangText {
  text: string;
  lang: 'fr' | 'en';
}

const MINISTRY: LangText = {text: "Gouvernement du Québec, ministère de l'Éducation.", lang: 'fr'};

/**
 * Where the seed bundle's data come from: the `attribution` lines of public/seed/demo-seed.json
 * (data/README.md), repeated here so that "À propos" does not download the whole bundle. The
 * Open Government Licence – Canada asks for its attribution statement in the reader's official
 * language: French and English wordings are the licence's own. The ministry keeps its name.
 */
const ATTRIBUTION: Record<DemoLocale, readonly LangText[]> = {
  'fr-CA': [
    {text: 'Contient des informations visées par la Licence du gouvernement ouvert – Canada.', lang: 'fr'},
    MINISTRY,
    {text: 'Contacts, adresses supplémentaires, notes et documents : données synthétiques générées pour la démonstration.', lang: 'fr'},
  ],
  'en-CA': [
    {text: 'Contains information licensed under the Open Government Licence – Canada.', lang: 'en'},
    MINISTRY,
    {text: 'Contacts, additional addresses, notes and documents: synthetic data generated for the demo.', lang: 'en'},
  ],
};

/** The data sources shown in "À propos", in `locale`. */
export function attribution(locale: DemoLocale): readonly LangText[] {
  return ATTRIBUTION[locale];
}
