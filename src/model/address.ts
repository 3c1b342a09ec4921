import type {PostalAddress} from './types.js';

/**
 * Postal addresses as people read them, and the links built from them. Canadian addresses follow
 * Canada Post's layout (`1020, avenue St-Jean-de-la-Lande` / `Saint-Georges QC  G5Z 0M2`, two
 * spaces before the postal code); US addresses follow the same city-state-ZIP line; countries
 * that write the postal code first (France, Germany…) get `75008 Paris`.
 */

/** Countries whose postal code comes before the city. */
const POSTAL_CODE_FIRST = new Set([
  'AT', 'BE', 'CH', 'DE', 'DK', 'ES', 'FI', 'FR', 'GR', 'IT', 'LU', 'MC', 'MX', 'NL', 'NO', 'PL', 'PT', 'SE',
]);

/** A unit written as a bare number or code (`200`, `3B`, `#12`), which Canada Post puts before the civic number. */
const BARE_UNIT = /^#?\s*([\p{L}\p{N}]{1,8})$/u;

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The name of an ISO 3166-1 alpha-2 country in `locale` (`CA` → "Canada"); the code when unknown. */
export function countryName(code: string | null | undefined, locale = 'fr-CA'): string {
  const region = (code ?? '').trim().toUpperCase();
  if (!region) return '';
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], {type: 'region', fallback: 'code'});
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  if (!names) return region;
  try {
    return names.of(region) ?? region;
  } catch {
    return region; // not a well-formed region code
  }
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function streetLine(address: PostalAddress, locale: string): string {
  const civic = clean(address.civicNumber);
  const street = clean(address.street);
  const unit = clean(address.unit);
  const canadian = (address.country || 'CA').toUpperCase() === 'CA';
  const bare = BARE_UNIT.exec(unit);
  // Canada Post: `200-1020 avenue…`; the comma after the civic number is the French usage.
  const number = canadian && bare && civic ? `${bare[1]}-${civic}` : civic;
  const separator = canadian && locale.toLowerCase().startsWith('fr') ? ', ' : ' ';
  let line = [number, street].filter(Boolean).join(number && street ? separator : '');
  if (unit && !(canadian && bare && civic)) line = [line, bare ? `#${bare[1]}` : unit].filter(Boolean).join(', ');
  return line;
}

function cityLine(address: PostalAddress): string {
  const city = clean(address.city);
  const province = clean(address.province).toUpperCase();
  const postal = clean(address.postalCode);
  if (POSTAL_CODE_FIRST.has((address.country || '').toUpperCase())) {
    return [postal, city, province].filter(Boolean).join(' ');
  }
  const place = [city, province].filter(Boolean).join(' ');
  return [place, postal].filter(Boolean).join('  ');
}

/**
 * The lines of an address as printed on an envelope, the country named in `locale`:
 * `["1020, avenue St-Jean-de-la-Lande", "Saint-Georges QC  G5Z 0M2", "Canada"]`.
 * Empty parts are left out; no address gives no lines.
 */
export function formatAddressLines(address: PostalAddress | null | undefined, locale = 'fr-CA'): string[] {
  if (!address) return [];
  return [streetLine(address, locale), cityLine(address), countryName(address.country || 'CA', locale)].filter(Boolean);
}

/** The address on one line (`1020, avenue St-Jean-de-la-Lande, Saint-Georges QC G5Z 0M2, Canada`). */
export function formatAddressOneLine(address: PostalAddress | null | undefined, locale = 'fr-CA'): string {
  return formatAddressLines(address, locale)
    .map((line) => line.replace(/\s+/g, ' '))
    .join(', ');
}

/**
 * A Google Maps link that opens the route to the address (no key needed), or `''` without an
 * address.
 */
export function mapsRouteUrl(address: PostalAddress | null | undefined): string {
  const destination = formatAddressOneLine(address, 'en-CA');
  if (!destination) return '';
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}

/** What browsers drop from URLs before parsing them (tabs, line breaks, other C0 controls). */
const URL_NOISE = /[\u0000-\u001F\u007F]+/g;
/** A scheme, but not a `host:port` (`example.com:8080`). */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

/**
 * The link of a client's website: `http:` and `https:` URLs as given, a bare domain
 * (`lesroydelapomme.com`) with `https://` added. Anything else — `javascript:`, `data:`,
 * `mailto:`, text that is not a host name — gives `''`, so that no link is made of it.
 */
export function websiteHref(url: string | null | undefined): string {
  const text = (url ?? '').replace(URL_NOISE, '').trim();
  if (!text || /\s/.test(text)) return '';
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  let candidate: string;
  if (scheme) {
    if (scheme !== 'http' && scheme !== 'https') return '';
    candidate = text;
  } else {
    candidate = text.startsWith('//') ? `https:${text}` : `https://${text}`;
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  const host = parsed.hostname;
  if (!host || (!host.includes('.') && !host.startsWith('['))) return '';
  return parsed.href;
}
