import {
  type Address,
  concat,
  encodeAbiParameters,
  encodePacked,
  getContractAddress,
  type Hex,
  keccak256,
} from 'viem';
import { POLYGON_CONTRACTS } from '../../core/model/polygon-contracts';

/*
 * Where polymarket.com keeps the money of a key's account: the CREATE2 addresses of its email-login
 * proxy (type 1) and browser-wallet Safe (type 2). Factories and init-code facts as Polymarket's own
 * client derives them (npm @polymarket/client 0.2.0 production environment, walletDerivation).
 */
const PROXY_FACTORY: Address = POLYGON_CONTRACTS.proxyFactory;
const PROXY_IMPLEMENTATION: Address = POLYGON_CONTRACTS.proxyImplementation;
const SAFE_FACTORY: Address = POLYGON_CONTRACTS.safeFactory;
const SAFE_INIT_CODE_HASH: Hex = '0x2bce2127ff07fb632d16c8347c4ebf501f4841168bed00d9e6ef715ddb6fcecf';

/** The proxy factory's clone init code around its own and the implementation's address. */
function proxyInitCodeHash(): Hex {
  const strip = (a: Address) => a.slice(2).toLowerCase() as Hex;
  return keccak256(
    concat([
      '0x3d3d606380380380913d393d73',
      `0x${strip(PROXY_FACTORY)}`,
      '0x5af4602a57600080fd5b602d8060366000396000f3363d3d373d3d3d363d73',
      `0x${strip(PROXY_IMPLEMENTATION)}`,
      '0x5af43d82803e903d91602b57fd5bf352e831dd',
      `0x${'00'.repeat(31)}20`,
      `0x${'00'.repeat(32)}`,
    ]),
  );
}

/** The email/Magic-login proxy wallet (signature type 1) of a key's address. */
export function proxyWalletOf(signer: Address): Address {
  return getContractAddress({
    opcode: 'CREATE2',
    from: PROXY_FACTORY,
    salt: keccak256(encodePacked(['address'], [signer])),
    bytecodeHash: proxyInitCodeHash(),
  });
}

/** The browser-wallet Safe (signature type 2) of a key's address. */
export function safeWalletOf(signer: Address): Address {
  return getContractAddress({
    opcode: 'CREATE2',
    from: SAFE_FACTORY,
    salt: keccak256(encodeAbiParameters([{ type: 'address' }], [signer])),
    bytecodeHash: SAFE_INIT_CODE_HASH,
  });
}
