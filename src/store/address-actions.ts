import {addressDeleteBlockers, addressFlagMoves, isPrincipalAfterSave, normalizeAddressDraft, validateShippingAddress, type AddressDraft} from '../model/address-rules.js';
import type {ShippingAddress} from '../model/types.js';
import {ChildRecordActions, type ChildActionsHost, type ChildSaveResult} from './child-record-actions.js';

export type AddressSaveResult = ChildSaveResult<ShippingAddress>;

/**
 * The store's shipping-address actions (SPEC §6): save with the model's rules (the client's
 * country, province and postal-code rules), the client's first address principal, "Principale"
 * moved from the client's other address in the same write; delete refused while a document (a
 * shipping slip) uses the address.
 */
export function createAddressActions(host: ChildActionsHost): ChildRecordActions<ShippingAddress, AddressDraft> {
  return new ChildRecordActions<ShippingAddress, AddressDraft>(host, {
    table: 'addresses',
    usageField: 'addressId',
    notFoundKey: 'address.error.notFound',
    normalize: normalizeAddressDraft,
    validate: validateShippingAddress,
    build(draft, {id, before, siblings, stamp}) {
      const principal = isPrincipalAfterSave(siblings, {id: before?.id, principal: draft.principal});
      return {...before, ...draft, id, clientId: draft.clientId, principal, updatedAt: stamp, version: before?.version ?? 0};
    },
    moves: addressFlagMoves,
    blockers: addressDeleteBlockers,
  });
}
