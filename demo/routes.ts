import {html, nothing, type TemplateResult} from 'lit';
import type {RouteConfig} from '@lit-labs/router';
import {SHIPPING_PATH} from './shipping-page.js';

/** The demo's addresses. */
export const paths = {
  list: '/',
  client: (clientId: string) => `/clients/${encodeURIComponent(clientId)}`,
  /** A shipping slip of another module, with the client's notes badge (demo/shipping-page.ts). */
  shipping: SHIPPING_PATH,
} as const;

/** Which page a path shows, for the shell's header (back arrow) and the document title. */
export type Page = {kind: 'list'} | {kind: 'client'; clientId: string} | {kind: 'not-found'};

export function pageOf(pathname: string): Page {
  if (pathname === '/' || pathname === '/index.html' || pathname === '/clients' || pathname === '/clients/') return {kind: 'list'};
  const match = /^\/clients\/([^/]+)\/?$/.exec(pathname);
  if (match) return {kind: 'client', clientId: safeDecode(match[1]!)};
  return {kind: 'not-found'};
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Routes of `<demo-shell>` (@lit-labs/router): `/` → the list, `/clients/:id` → the client file.
 * The elements are rendered inside the shell's `<clients-provider>`. The list routes render
 * nothing here: the shell keeps one `<client-list>` alive across routes (shown on them, hidden
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
      {path: SHIPPING_PATH, render: () => html`<demo-shipping-page></demo-shipping-page>`},
    ],
    fallback: {render: notFound},
  };
}
