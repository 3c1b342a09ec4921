import {css} from 'lit';

/** The demo shell: interOP's dark teal header bar over a light blue-grey page. */
export const shellStyles = css`
  :host {
    --shell-bar: var(--ic-color-primary, #0b3a4a);
    --shell-bar-text: #ffffff;
    --shell-page: var(--ic-color-page, #e9eff2);
    --shell-text: var(--ic-color-text, #1d2b33);
    --shell-focus: #7fd3f0;
    --shell-bar-height: 48px;

    display: flex;
    flex-direction: column;
    height: 100vh;
    height: 100dvh;
    background: var(--shell-page);
    color: var(--shell-text);
    font: 14px/1.4 -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  }

  * {
    box-sizing: border-box;
  }

  svg {
    width: 22px;
    height: 22px;
    flex: none;
  }

  /* ---- header bar ---------------------------------------------------------------------- */
  header {
    position: relative;
    z-index: 3;
    display: flex;
    align-items: center;
    gap: 4px;
    height: var(--shell-bar-height);
    padding: 0 24px 0 28px;
    background: var(--shell-bar);
    color: var(--shell-bar-text);
    flex: none;
  }

  .bar-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border: none;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .bar-button:hover,
  .bar-button[aria-expanded='true'] {
    background: rgb(255 255 255 / 0.12);
  }

  :focus-visible {
    outline: 2px solid var(--shell-focus);
    outline-offset: 2px;
  }

  .brand {
    min-width: 0;
    margin-left: 12px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 15px;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: rgb(255 255 255 / 0.92);
    text-decoration: none;
  }

  .brand span {
    font-weight: 400;
    color: rgb(255 255 255 / 0.65);
  }

  .spacer {
    flex: 1;
  }

  .languages {
    display: inline-flex;
    margin-right: 12px;
    border: 1px solid rgb(255 255 255 / 0.45);
    border-radius: 6px;
    overflow: hidden;
  }

  .languages button {
    padding: 4px 10px;
    border: none;
    background: transparent;
    color: rgb(255 255 255 / 0.85);
    font: inherit;
    font-size: 13px;
    cursor: pointer;
  }

  .languages button[aria-pressed='true'] {
    background: rgb(255 255 255 / 0.9);
    color: var(--shell-bar);
    font-weight: 600;
  }

  .languages .short {
    display: none;
  }

  /* Narrow screens: the bar keeps one line; the language switch shows FR / EN (its buttons
     keep their full names for screen readers), the module name goes. */
  @media (max-width: 600px) {
    header {
      gap: 2px;
      padding: 0 8px;
    }

    .brand {
      margin-left: 4px;
    }

    .brand span {
      display: none;
    }

    .languages {
      flex: none;
      margin-right: 4px;
    }

    .languages button {
      padding: 4px 8px;
    }

    .languages .long {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    .languages .short {
      display: inline;
    }
  }

  /* ---- menu ---------------------------------------------------------------------------- */
  .menu {
    position: absolute;
    top: calc(var(--shell-bar-height) - 4px);
    left: 20px;
    min-width: 260px;
    padding: 6px 0;
    margin: 0;
    list-style: none;
    background: #ffffff;
    color: var(--shell-text);
    border-radius: 6px;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.22);
  }

  .menu [role='menuitem'] {
    display: flex;
    align-items: center;
    gap: 10px;
    width: 100%;
    padding: 9px 16px;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }

  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus-visible {
    background: #e4eef2;
    outline: none;
  }

  .menu [role='separator'] {
    height: 1px;
    margin: 6px 0;
    background: #d5e0e5;
  }

  .menu .danger {
    color: #a52121;
  }

  /* ---- page ---------------------------------------------------------------------------- */
  main {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: auto;
  }

  /*
   * The list fills the page under the header and scrolls inside (virtual scrolling). Only its
   * size is set here: page styles win over an element's own :host rules, so the shell leaves
   * display and the rest to the elements.
   */
  client-list {
    height: 100%;
  }

  .not-found {
    margin: 48px 40px;
  }

  .not-found h1 {
    margin: 0 0 12px;
    font-size: 28px;
    font-weight: 400;
    color: var(--shell-bar);
  }

  .not-found a {
    color: var(--shell-bar);
  }

  /* ---- dialogs ------------------------------------------------------------------------- */
  dialog {
    width: min(560px, calc(100vw - 32px));
    padding: 0;
    border: none;
    border-radius: 8px;
    color: var(--shell-text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(8 30 40 / 0.45);
  }

  dialog h2 {
    margin: 0;
    padding: 16px 20px;
    font-size: 18px;
    font-weight: 600;
    background: var(--shell-bar);
    color: var(--shell-bar-text);
  }

  .dialog-body {
    padding: 16px 20px 4px;
  }

  .dialog-body p,
  .dialog-body li {
    margin: 0 0 10px;
  }

  .dialog-body h3 {
    margin: 16px 0 8px;
    font-size: 14px;
    font-weight: 600;
  }

  .dialog-body ul {
    margin: 0;
    padding-left: 20px;
  }

  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    padding: 12px 20px 16px;
  }

  .button {
    padding: 8px 18px;
    border: 1px solid var(--shell-bar);
    border-radius: 6px;
    background: #ffffff;
    color: var(--shell-bar);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .button.primary {
    background: var(--shell-bar);
    color: #ffffff;
  }

  .button.danger {
    border-color: #a52121;
    background: #a52121;
    color: #ffffff;
  }

  .button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }

  /* ---- toasts -------------------------------------------------------------------------- */
  .toasts {
    position: fixed;
    right: 24px;
    bottom: 24px;
    z-index: 10;
    display: flex;
    flex-direction: column;
    gap: 8px;
    max-width: min(420px, calc(100vw - 48px));
    pointer-events: none;
  }

  .toast {
    display: flex;
    align-items: flex-start;
    gap: 12px;
    padding: 12px 12px 12px 16px;
    border-left: 4px solid #7fd3f0;
    border-radius: 6px;
    background: #10303c;
    color: #ffffff;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.25);
    pointer-events: auto;
    animation: toast-in 160ms ease-out;
  }

  .toast p {
    flex: 1;
    margin: 0;
  }

  .toast button {
    display: inline-flex;
    padding: 2px;
    border: none;
    background: none;
    color: inherit;
    cursor: pointer;
  }

  .toast svg {
    width: 18px;
    height: 18px;
  }

  @keyframes toast-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .toast {
      animation: none;
    }
  }
`;
