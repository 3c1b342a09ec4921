import {css} from 'lit';

/** The contact editor's layout (`Contacts_3.png`). */
export const contactEditorStyles = css`
  .email-row .email {
    position: relative;
    flex: 1 1 0;
    min-width: 0;
  }
  /* "Contact sans courriel" sits on the label line, at the right of "Courriel". */
  .email .no-email {
    position: absolute;
    inset-inline-end: 0;
    top: -6px;
  }
  .email .no-email label {
    font-weight: 400;
  }
  .row > .spacer {
    flex: 0 1 160px;
  }
  .crm {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin-inline-start: auto;
    font-size: 12px;
    color: var(--_muted-text, #56646b);
  }
  .crm-dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: currentColor;
  }
  .crm.synced .crm-dot {
    background: var(--_success);
  }
  .crm.pending .crm-dot {
    background: var(--ic-color-warning, #b26a00);
  }
  .crm.error .crm-dot {
    background: var(--_danger);
  }
  .crm.never .crm-dot {
    background: transparent;
    border: 1px solid currentColor;
  }
`;
