import {expect} from '@open-wc/testing';
import {http, HttpResponse} from 'msw';
import {AddressLookupError} from '../../src/adapters/address-lookup.js';
import {GooglePlacesProvider, placeToAddress} from '../../src/adapters/google-places.js';
import {mockRequests, startMockWorker, stopMockWorker} from '../helpers/msw.js';

/**
 * The Google Places API (New) provider against msw handlers that answer with the documented
 * shapes of `POST /v1/places:autocomplete` and `GET /v1/places/{placeId}`, their errors
 * (`{error: {code, message, status}}`) and a network failure.
 */
const AUTOCOMPLETE = /^https:\/\/places\.googleapis\.com\/v1\/places:autocomplete$/;
const DETAILS = 'https://places.googleapis.com/v1/places/:placeId';

/** An autocomplete answer as documented (place and query predictions). */
const suggestions = {
  suggestions: [
    {
      placePrediction: {
        place: 'places/ChIJ-1020-st-jean',
        placeId: 'ChIJ-1020-st-jean',
        text: {text: '1020 Avenue St-Jean-de-la-Lande, Saint-Georges, QC, Canada', matches: [{endOffset: 4}]},
        structuredFormat: {
          mainText: {text: '1020 Avenue St-Jean-de-la-Lande', matches: [{endOffset: 4}]},
          secondaryText: {text: 'Saint-Georges, QC, Canada'},
        },
        types: ['geocode', 'street_address'],
      },
    },
    {queryPrediction: {text: {text: '1020 avenue pizza'}}},
    {
      placePrediction: {
        place: 'places/ChIJ-quai',
        placeId: 'ChIJ-quai',
        text: {text: 'Imprimerie du Quai, Rue du Quai, Lévis, QC, Canada'},
        structuredFormat: {mainText: {text: 'Imprimerie du Quai'}, secondaryText: {text: 'Rue du Quai, Lévis, QC, Canada'}},
        types: ['establishment', 'point_of_interest'],
      },
    },
  ],
};

const component = (longText: string, shortText: string, ...types: string[]) => ({longText, shortText, types, languageCode: 'fr'});

/** A Place Details answer as documented (field mask id,displayName,types,addressComponents,postalAddress). */
const place1020 = {
  id: 'ChIJ-1020-st-jean',
  displayName: {text: '1020 Av. St-Jean-de-la-Lande', languageCode: 'fr'},
  types: ['street_address'],
  addressComponents: [
    component('200', '200', 'subpremise'),
    component('1020', '1020', 'street_number'),
    component('Avenue St-Jean-de-la-Lande', 'Av. St-Jean-de-la-Lande', 'route'),
    component('Saint-Georges', 'Saint-Georges', 'locality', 'political'),
    component('Beauce-Sartigan', 'Beauce-Sartigan', 'administrative_area_level_2', 'political'),
    component('Québec', 'QC', 'administrative_area_level_1', 'political'),
    component('Canada', 'CA', 'country', 'political'),
    component('g5z0m2', 'g5z0m2', 'postal_code'),
  ],
  postalAddress: {regionCode: 'CA', languageCode: 'fr', postalCode: 'G5Z 0M2', administrativeArea: 'QC', locality: 'Saint-Georges', addressLines: ['1020 Av. St-Jean-de-la-Lande']},
};

const googleError = (code: number, status: string, message: string) => HttpResponse.json({error: {code, message, status}}, {status: code});

const provider = () => new GooglePlacesProvider({apiKey: 'test-key'});
const options = {locale: 'fr-CA', sessionToken: 'session-1'};

async function failure(promise: Promise<unknown>): Promise<AddressLookupError> {
  try {
    await promise;
  } catch (error) {
    return error as AddressLookupError;
  }
  throw new Error('expected a failure');
}

describe('GooglePlacesProvider (Places API New, mocked with msw)', () => {
  before(() => startMockWorker());
  after(() => stopMockWorker());

  it('asks places:autocomplete with the key, the language, Canada and the United States, and the session', async () => {
    let seen: {headers: Headers; body: Record<string, unknown>} | undefined;
    mockRequests(
      http.post(AUTOCOMPLETE, async ({request}) => {
        seen = {headers: request.headers, body: (await request.json()) as Record<string, unknown>};
        return HttpResponse.json(suggestions);
      }),
    );
    const result = await provider().suggest('1020 st-jean', options);
    expect(seen!.headers.get('X-Goog-Api-Key')).to.equal('test-key');
    expect(seen!.headers.get('X-Goog-FieldMask')).to.contain('suggestions.placePrediction.placeId');
    expect(seen!.body).to.deep.equal({input: '1020 st-jean', languageCode: 'fr', includedRegionCodes: ['ca', 'us'], sessionToken: 'session-1'});
    expect(result).to.deep.equal([
      {
        id: 'ChIJ-1020-st-jean',
        label: '1020 Avenue St-Jean-de-la-Lande, Saint-Georges, QC, Canada',
        main: '1020 Avenue St-Jean-de-la-Lande',
        secondary: 'Saint-Georges, QC, Canada',
      },
      {id: 'ChIJ-quai', label: 'Imprimerie du Quai, Rue du Quai, Lévis, QC, Canada', main: 'Imprimerie du Quai', secondary: 'Rue du Quai, Lévis, QC, Canada'},
    ]);
  });

  it('gives no suggestion for an answer without any (`{}`), and asks nothing for blank input', async () => {
    let calls = 0;
    mockRequests(
      http.post(AUTOCOMPLETE, () => {
        calls += 1;
        return HttpResponse.json({});
      }),
    );
    expect(await provider().suggest('zzzz qqqq', options)).to.deep.equal([]);
    expect(await provider().suggest('   ', options)).to.deep.equal([]);
    expect(calls).to.equal(1);
  });

  const errors: Array<[string, () => Response, string]> = [
    ['a refused key (403 PERMISSION_DENIED)', () => googleError(403, 'PERMISSION_DENIED', 'API key not valid. Please pass a valid API key.'), 'denied'],
    ['a bad request (400 INVALID_ARGUMENT)', () => googleError(400, 'INVALID_ARGUMENT', 'Invalid included_region_codes.'), 'invalid'],
    ['the quota (429 RESOURCE_EXHAUSTED)', () => googleError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded.'), 'quota'],
    ['a server error (500 INTERNAL)', () => googleError(500, 'INTERNAL', 'Internal error.'), 'server'],
    ['a failure without JSON (502)', () => new HttpResponse('Bad gateway', {status: 502}), 'server'],
    ['a network failure', () => HttpResponse.error(), 'network'],
  ];
  for (const [title, answer, kind] of errors) {
    it(`rejects with an AddressLookupError on ${title}`, async () => {
      mockRequests(http.post(AUTOCOMPLETE, answer));
      const error = await failure(provider().suggest('1020 st-jean', options));
      expect(error).to.be.instanceOf(AddressLookupError);
      expect(error.kind).to.equal(kind);
    });
  }

  it('reads the place: civic number and street apart, unit, city, province code, postal code normalised', async () => {
    let url: URL | undefined;
    let mask: string | null = null;
    mockRequests(
      http.get(DETAILS, ({request}) => {
        url = new URL(request.url);
        mask = request.headers.get('X-Goog-FieldMask');
        return HttpResponse.json(place1020);
      }),
    );
    const address = await provider().details('ChIJ-1020-st-jean', options);
    expect(url!.pathname).to.equal('/v1/places/ChIJ-1020-st-jean');
    expect(url!.searchParams.get('languageCode')).to.equal('fr');
    expect(url!.searchParams.get('sessionToken')).to.equal('session-1');
    expect(mask).to.equal('id,displayName,types,addressComponents,postalAddress');
    expect(address).to.deep.equal({
      civicNumber: '1020',
      street: 'Avenue St-Jean-de-la-Lande',
      unit: '200',
      city: 'Saint-Georges',
      province: 'QC',
      postalCode: 'G5Z 0M2',
      country: 'CA',
    });
  });

  it('rejects with `not-found` for a place that is gone (404 NOT_FOUND)', async () => {
    mockRequests(http.get(DETAILS, () => googleError(404, 'NOT_FOUND', 'Place not found.')));
    expect((await failure(provider().details('ChIJ-gone', options))).kind).to.equal('not-found');
  });

  it('asks in English for an English user', async () => {
    let language: string | null = null;
    mockRequests(
      http.get(DETAILS, ({request}) => {
        language = new URL(request.url).searchParams.get('languageCode');
        return HttpResponse.json(place1020);
      }),
    );
    await provider().details('ChIJ-1020-st-jean', {locale: 'en-CA'});
    expect(language).to.equal('en');
  });
});

describe('placeToAddress', () => {
  const cases: Array<[string, Parameters<typeof placeToAddress>[0], Record<string, string>]> = [
    [
      'a United States address: state code and ZIP+4',
      {
        types: ['street_address'],
        addressComponents: [
          component('350', '350', 'street_number'),
          component('5th Avenue', '5th Ave', 'route'),
          component('New York', 'New York', 'locality'),
          component('New York', 'NY', 'administrative_area_level_1'),
          component('United States', 'US', 'country'),
          component('10118', '10118', 'postal_code'),
          component('0110', '0110', 'postal_code_suffix'),
        ],
      },
      {civicNumber: '350', street: '5th Avenue', city: 'New York', province: 'NY', postalCode: '10118-0110', country: 'US'},
    ],
    [
      'a place without street number: split from the first address line',
      {
        types: ['premise'],
        addressComponents: [component('Lévis', 'Lévis', 'locality'), component('Québec', 'QC', 'administrative_area_level_1'), component('Canada', 'CA', 'country')],
        postalAddress: {regionCode: 'CA', postalCode: 'g6v 1a1', addressLines: ['12, rue du Quai']},
      },
      {civicNumber: '12', street: 'rue du Quai', city: 'Lévis', province: 'QC', postalCode: 'G6V 1A1', country: 'CA'},
    ],
    [
      'a country without provinces: none kept',
      {
        addressComponents: [
          component('8', '8', 'street_number'),
          component('Rue Royale', 'Rue Royale', 'route'),
          component('Paris', 'Paris', 'locality'),
          component('Île-de-France', 'IDF', 'administrative_area_level_1'),
          component('France', 'FR', 'country'),
          component('75008', '75008', 'postal_code'),
        ],
      },
      {civicNumber: '8', street: 'Rue Royale', city: 'Paris', province: '', postalCode: '75008', country: 'FR'},
    ],
    [
      'a province given only by name',
      {
        addressComponents: [
          component('1', '1', 'street_number'),
          component('Yonge Street', 'Yonge St', 'route'),
          component('Toronto', 'Toronto', 'locality'),
          component('Ontario', '', 'administrative_area_level_1'),
          component('Canada', 'CA', 'country'),
        ],
      },
      {province: 'ON', postalCode: ''},
    ],
  ];
  for (const [title, place, expected] of cases) {
    it(title, () => expect(placeToAddress(place)).to.deep.include(expected));
  }

  it('names a business, not a bare address', () => {
    expect(placeToAddress({...place1020, types: ['establishment', 'point_of_interest'], displayName: {text: 'Imprimerie du Quai'}}).name).to.equal('Imprimerie du Quai');
    expect(placeToAddress(place1020).name).to.equal(undefined);
  });
});
