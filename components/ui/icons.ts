import {svg, type SVGTemplateResult} from 'lit';

/**
 * Inline icons (24×24, currentColor). Decorative by default: the control that holds one carries
 * the accessible name.
 */
const icon = (body: SVGTemplateResult, viewBox = '0 0 24 24') =>
  svg`<svg class="icon" viewBox=${viewBox} width="1em" height="1em" aria-hidden="true" focusable="false" fill="currentColor">${body}</svg>`;

export const icons = {
  star: icon(svg`<path d="M12 17.3 6.2 20.8l1.5-6.6L2.6 9.7l6.7-.6L12 2.9l2.7 6.2 6.7.6-5.1 4.5 1.5 6.6z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`),
  starFilled: icon(svg`<path d="M12 17.3 6.2 20.8l1.5-6.6L2.6 9.7l6.7-.6L12 2.9l2.7 6.2 6.7.6-5.1 4.5 1.5 6.6z"/>`),
  globe: icon(svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h3a15.7 15.7 0 0 0 1.3 3.9A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.3-3.9C8.8 5.3 8.4 6.6 8.1 8ZM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.9c.6-1.2 1-2.5 1.3-3.9h3a8 8 0 0 1-4.3 3.9Zm1.7-5.9a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z"/>`),
  house: icon(svg`<path d="M12 3 2 12h3v9h5v-6h4v6h5v-9h3z"/>`),
  calculator: icon(svg`<path d="M7 2h10a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm0 2v4h10V4H7Zm0 6v2h2v-2H7Zm4 0v2h2v-2h-2Zm4 0v2h2v-2h-2Zm-8 4v2h2v-2H7Zm4 0v2h2v-2h-2Zm4 0v6h2v-6h-2Zm-8 4v2h2v-2H7Zm4 0v2h2v-2h-2Z"/>`),
  plus: icon(svg`<path d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z"/>`),
  refresh: icon(svg`<path d="M17.7 6.3A8 8 0 1 0 20 12h-2a6 6 0 1 1-1.8-4.2L13 11h7V4z"/>`),
  filter: icon(svg`<path d="M3 4h18l-7 8.5V19l-4 2v-8.5z"/>`),
  close: icon(svg`<path d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"/>`),
  clearCircle: icon(svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="m9 9 6 6m0-6-6 6" stroke="currentColor" stroke-width="1.5"/>`),
  chevronDown: icon(svg`<path d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z"/>`),
  chevronRight: icon(svg`<path d="M8.6 16.6 13.2 12 8.6 7.4 10 6l6 6-6 6z"/>`),
  arrowUp: icon(svg`<path d="M7 14l5-5 5 5z"/>`),
  arrowDown: icon(svg`<path d="M7 10l5 5 5-5z"/>`),
  dot: icon(svg`<circle cx="12" cy="12" r="5"/>`),
  search: icon(svg`<path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z"/>`),
  paperclip: icon(svg`<path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z"/>`),
  pencil: icon(svg`<path d="M3 17.2V21h3.8L17.8 10l-3.8-3.8zM20.7 7a1 1 0 0 0 0-1.4l-2.3-2.3a1 1 0 0 0-1.4 0l-1.8 1.8 3.8 3.8z"/>`),
  warning: icon(svg`<path d="M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z"/>`),
} as const;

export type IconName = keyof typeof icons;
