import {css} from 'lit';

/** The address editor's layout (`AdressesExp_2_creation.png`). */
export const addressEditorStyles = css`
  .head {
    align-items: flex-start;
  }
  .title-with-lookup {
    display: inline-flex;
    align-items: center;
    gap: 12px;
  }
  .lookup-button {
    font-size: 26px;
  }
  .boxes.right {
    justify-items: end;
  }
  .boxes.right .check {
    flex-direction: row-reverse;
  }
  .boxes.right .field-hint {
    max-width: 260px;
    text-align: end;
  }
  .row > .spacer {
    flex: 0 1 160px;
  }
`;
