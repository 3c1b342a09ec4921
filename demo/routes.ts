import {html, nothing, type TemplateResult} from 'lit';
import type {RouteConfig} from '@lit-labs/router';
import {SHIPPING_PATH} from './shipping-page.js';

/** The demo's addresses. */
export const paths = {
  list: '/',
  client: (clientId: string) => `/clients/${encodeURIComponent(clientId)}`,
  /** A shipping slip of another module, with the client's notes badge (demo/shipping-page.ts). */
  shipping: SHIPPING_PATH,
  /** The shipping page on one client (`?client=<id>`); without an id, the page picks one. */
  shippingFor: (clientId: string) => (clientId ? `${SHIPPING_PATH}?client=${encodeURIComponent(clientId)}` : SHIPPING_PATH),
} as const;

/** Which page a path shows, for the shell's header (back arrow) and the document title. */
export type Page = {kind: 'list'} | {kind: 'client'; clientId: string} | {kind: 'shipping'} | {kind: 'not-found'};

/** The page of `path` (a pathname; a query string or fragment after it is ignored). */
export function pageOf(path: string): Page {
  const pathname = path.replace(/[?#].*$/, '');
  if (pathname === '/' || pathname === '/index.html' || pathname === '/clients' || pathname === '/clients/') return {kind: 'list'};
  const match = /^\/clients\/([^/]+)\/?$/.exec(pathname);
  if (match) return {kind: 'client', clientId: safeDecode(match[1]!)};
  if (pathname === SHIPPING_PATH || pathname === `${SHIPPING_PATH}/`) return {kind: 'shipping'};
  return {kind: 'not-found'};
}

/** The client the shipping page's address asks for (`?client=<id>`), empty when none. */
export function shippingClientOf(search: string): string {
  return new URLSearchParams(search).get('client') ?? '';
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Routes of `<demo-shell>` (@lit-labs/router): `/` → the list, `/clients/:id` → the client file,
 * `/expeditions?client=<id>` → the shipping page of another module (the notes badge). The
 * elements are rendered inside the shell's `<clients-provider>`. The list routes render nothing
 * here: the shell keeps one `<client-list>` alive across routes (shown on them, hidden
 * elsewhere), so that Back finds it as it was left.
 */
export function createRoutes(notFound: () => TemplateResult): {routes: RouteConfig[]; fallback: {render: () => TemplateResult}} {
  const list = () => nothing;
  return {
    routes: [
      {path: '/', render: list},
      {path: '/index.html', render: list},
      {path: '/clients{/}?', render: list},
      {
        path: '/clients/:id',
        render: ({id}) => html`<client-detail client-id=${safeDecode(id ?? '')}></client-detail>`,
      },
      {
        path: `${SHIPPING_PATH}{/}?`,
        // Read at each render: navigating to the page again with another `?client=` changes it.
        render: () => html`<demo-shipping-page .requestedClientId=${shippingClientOf(location.search)}></demo-shipping-page>`,
      },
    ],
    fallback: {render: notFound},
  };
}
