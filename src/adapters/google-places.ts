/**
 * Address lookup with Google's Places API (New), called with `fetch` (no Google script on the
 * page):
 *
 * - suggestions: `POST https://places.googleapis.com/v1/places:autocomplete` with
 *   `{input, languageCode, includedRegionCodes, sessionToken}`; the answer is
 *   `{suggestions: [{placePrediction: {placeId, text: {text}, structuredFormat: {mainText, secondaryText}}}]}`
 *   (`{}` when nothing matches; query predictions are not asked for);
 * - details: `GET https://places.googleapis.com/v1/places/{placeId}?languageCode=…&sessionToken=…`
 *   with the field mask `id,displayName,types,addressComponents,postalAddress`; the answer has
 *   `addressComponents: [{longText, shortText, types}]` (`street_number`, `route`, `subpremise`,
 *   `locality`, `administrative_area_level_1`, `country`, `postal_code`, `postal_code_suffix`…);
 * - errors: `{error: {code, message, status}}` (`INVALID_ARGUMENT`, `PERMISSION_DENIED`,
 *   `NOT_FOUND`, `RESOURCE_EXHAUSTED`…).
 *
 * The key goes in the `X-Goog-Api-Key` header; restrict it to the host's web site (HTTP referrer)
 * and to the Places API (New) in the Google Cloud console. Google requires its attribution next
 * to suggestions shown without a Google map: `attribution` is "Google".
 */
import {findSubdivision, countryHasSubdivisions} from '../model/geo.js';
import {splitAddressLine, tidy} from '../model/normalize.js';
import {normalizePostalCode} from '../model/postal-code.js';
import {
  AddressLookupError,
  type AddressLookupErrorKind,
  type AddressLookupProvider,
  type AddressLookupResult,
  type AddressSuggestion,
  type LookupOptions,
} from './address-lookup.js';

export const GOOGLE_PLACES_URL = 'https://places.googleapis.com/v1';

export interface GooglePlacesOptions {
  apiKey: string;
  /** Countries suggestions come from (ISO 3166-1 alpha-2, at most 15); Canada and the United States by default. */
  regionCodes?: readonly string[];
  /** Another endpoint (a proxy that adds the key server-side, tests). */
  baseUrl?: string;
  /** The fetch to use (tests, a host's instrumented fetch); the global one by default. */
  fetch?: typeof fetch;
}

/** The parts of the Places API (New) answers this provider reads. */
interface LocalizedText {
  text?: string;
}
interface AutocompleteResponse {
  suggestions?: Array<{
    placePrediction?: {
      placeId?: string;
      place?: string;
      text?: LocalizedText;
      structuredFormat?: {mainText?: LocalizedText; secondaryText?: LocalizedText};
    };
  }>;
}
interface AddressComponent {
  longText?: string;
  shortText?: string;
  types?: string[];
}
interface PlaceResponse {
  id?: string;
  displayName?: LocalizedText;
  types?: string[];
  addressComponents?: AddressComponent[];
  postalAddress?: {regionCode?: string; postalCode?: string; administrativeArea?: string; locality?: string; addressLines?: string[]};
}
interface GoogleErrorBody {
  error?: {code?: number; message?: string; status?: string};
}

const DETAILS_FIELDS = 'id,displayName,types,addressComponents,postalAddress';
const SUGGESTION_FIELDS = 'suggestions.placePrediction.placeId,suggestions.placePrediction.text,suggestions.placePrediction.structuredFormat';
/** Types of a place that is a business rather than an address. */
const BUSINESS = new Set(['establishment', 'point_of_interest']);
const ADDRESS = new Set(['street_address', 'premise', 'subpremise', 'route']);

const languageOf = (locale: string) => (locale.toLowerCase().startsWith('en') ? 'en' : 'fr');

/** The Google Places (New) provider of `AddressLookupProvider`. */
export class GooglePlacesProvider implements AddressLookupProvider {
  readonly attribution = 'Google';
  private readonly baseUrl: string;

  constructor(private readonly options: GooglePlacesOptions) {
    this.baseUrl = (options.baseUrl ?? GOOGLE_PLACES_URL).replace(/\/+$/, '');
  }

  async suggest(query: string, options: LookupOptions): Promise<AddressSuggestion[]> {
    const input = query.trim();
    if (!input) return [];
    const body: Record<string, unknown> = {
      input,
      languageCode: languageOf(options.locale),
      includedRegionCodes: (this.options.regionCodes ?? ['ca', 'us']).map((code) => code.toLowerCase()),
    };
    if (options.sessionToken) body.sessionToken = options.sessionToken;
    const answer = await this.request<AutocompleteResponse>(`${this.baseUrl}/places:autocomplete`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Goog-FieldMask': SUGGESTION_FIELDS},
      body: JSON.stringify(body),
      signal: options.signal,
    });
    const suggestions: AddressSuggestion[] = [];
    for (const suggestion of answer.suggestions ?? []) {
      const prediction = suggestion.placePrediction;
      const id = prediction?.placeId || prediction?.place?.replace(/^places\//, '');
      const main = prediction?.structuredFormat?.mainText?.text;
      const secondary = prediction?.structuredFormat?.secondaryText?.text;
      const label = prediction?.text?.text || [main, secondary].filter(Boolean).join(', ');
      if (id && label) suggestions.push({id, label, main, secondary});
    }
    return suggestions;
  }

  async details(id: string, options: LookupOptions): Promise<AddressLookupResult> {
    const params = new URLSearchParams({languageCode: languageOf(options.locale)});
    if (options.sessionToken) params.set('sessionToken', options.sessionToken);
    const place = await this.request<PlaceResponse>(`${this.baseUrl}/places/${encodeURIComponent(id)}?${params}`, {
      method: 'GET',
      headers: {'X-Goog-FieldMask': DETAILS_FIELDS},
      signal: options.signal,
    });
    return placeToAddress(place);
  }

  private async request<T>(url: string, init: RequestInit): Promise<T> {
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(url, {...init, headers: {...(init.headers as Record<string, string>), 'X-Goog-Api-Key': this.options.apiKey}});
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new AddressLookupError('network', (error as Error)?.message || String(error));
    }
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      data = undefined;
    }
    if (!response.ok) {
      const problem = (data as GoogleErrorBody | undefined)?.error;
      throw new AddressLookupError(errorKind(response.status, problem?.status), problem?.message || `HTTP ${response.status}`);
    }
    if (!data || typeof data !== 'object') throw new AddressLookupError('server', 'the answer is not JSON');
    return data as T;
  }
}

function errorKind(status: number, googleStatus: string | undefined): AddressLookupErrorKind {
  if (googleStatus === 'PERMISSION_DENIED' || googleStatus === 'UNAUTHENTICATED' || status === 401 || status === 403) return 'denied';
  if (googleStatus === 'RESOURCE_EXHAUSTED' || status === 429) return 'quota';
  if (googleStatus === 'NOT_FOUND' || status === 404) return 'not-found';
  if (googleStatus === 'INVALID_ARGUMENT' || status === 400) return 'invalid';
  return 'server';
}

/**
 * A Places API (New) place as our address fields: civic number and street from `street_number`
 * and `route` (split from the first address line when the place has no street number
 * component), unit from `subpremise`, the province as its code (`QC`), the postal code
 * normalised for the country (`g5z0m2` → `G5Z 0M2`, ZIP+4 from `postal_code_suffix`).
 */
export function placeToAddress(place: PlaceResponse): AddressLookupResult {
  const components = place.addressComponents ?? [];
  const part = (type: string, short = false): string => {
    const component = components.find((c) => c.types?.includes(type));
    return tidy(short ? component?.shortText || component?.longText : component?.longText || component?.shortText);
  };
  const country = (part('country', true) || tidy(place.postalAddress?.regionCode)).toUpperCase();
  let civicNumber = part('street_number');
  let street = part('route');
  if (!civicNumber) {
    const line = splitAddressLine(place.postalAddress?.addressLines?.[0]);
    civicNumber = line.civicNumber;
    street = street || line.street;
  }
  const city =
    part('locality') || part('postal_town') || part('sublocality_level_1') || part('sublocality') || part('administrative_area_level_3') || tidy(place.postalAddress?.locality);
  const area = part('administrative_area_level_1', true) || tidy(place.postalAddress?.administrativeArea);
  const province = countryHasSubdivisions(country)
    ? findSubdivision(country, area) || findSubdivision(country, part('administrative_area_level_1')) || area.toUpperCase()
    : '';
  let postal = part('postal_code') || tidy(place.postalAddress?.postalCode);
  const suffix = part('postal_code_suffix');
  if (postal && suffix && !postal.includes('-')) postal = `${postal}-${suffix}`;
  const types = place.types ?? [];
  const isBusiness = types.some((type) => BUSINESS.has(type)) && !types.some((type) => ADDRESS.has(type));
  const result: AddressLookupResult = {
    civicNumber,
    street,
    unit: part('subpremise'),
    city,
    province,
    postalCode: postal ? normalizePostalCode(postal, country).value : '',
    country,
  };
  const name = tidy(place.displayName?.text);
  if (isBusiness && name) result.name = name;
  return result;
}
