import { checkApproval } from './check-approval';
import { checkCollateral } from './check-collateral';
import { checkCredentials } from './check-credentials';
import { checkCtfApprovals } from './check-ctf-approvals';
import { checkExchangeView } from './check-exchange-view';
import { checkGas } from './check-gas';
import { checkRegion } from './check-region';
import { checkSignatureType } from './check-signature-type';
import { checkVault } from './check-vault';
import type { DoctorReport } from './doctor-report';
import { tradingAddress, type WalletFacts } from './wallet-facts';

/** Every check of the wallet doctor, in the order a user fixes them. Pure: facts in, report out. */
export function diagnoseWallet(facts: WalletFacts): DoctorReport {
  return {
    checkedAt: facts.checkedAt,
    signer: facts.signer,
    funder: tradingAddress(facts),
    signatureType: facts.signatureType,
    checks: [
      checkRegion(facts),
      checkVault(facts),
      checkSignatureType(facts),
      checkCredentials(facts),
      checkCollateral(facts),
      checkGas(facts),
      checkApproval('exchange', facts),
      checkApproval('negRiskExchange', facts),
      checkApproval('negRiskAdapter', facts),
      checkCtfApprovals(facts),
      checkExchangeView(facts),
    ],
  };
}
