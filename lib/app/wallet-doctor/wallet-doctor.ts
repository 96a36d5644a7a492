import {
  type MissingApproval,
  missingApprovals,
  missingCtfApprovals,
} from '../../core/wallet-doctor/approval-plan';
import { diagnoseWallet } from '../../core/wallet-doctor/diagnose-wallet';
import type { DoctorReport } from '../../core/wallet-doctor/doctor-report';
import { tradingAddress, type WalletFacts } from '../../core/wallet-doctor/wallet-facts';
import { operationalError, validationError } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';
import type { DoctorConfig, DoctorSources, PlannedApproval } from './doctor-ports';
import { LAST_DOCTOR_REPORT_KEY, type ReportStore } from './last-report';
import { settleFact } from './settle-fact';

export interface WalletDoctorDeps {
  sources: DoctorSources;
  store: ReportStore;
  settings: () => Promise<Settings>;
  clock: { now(): number };
  /** Per-source time limit (default 10 s). */
  timeoutMs?: number;
}

const configOf = (s: Settings): DoctorConfig => ({
  signatureType: s.wallet.signatureType as DoctorConfig['signatureType'],
  funderAddress: s.wallet.funderAddress,
  clobUrl: s.endpoints.clobUrl,
  polygonRpcUrl: s.endpoints.polygonRpcUrl,
  geoblockUrl: s.endpoints.geoblockUrl,
});

/**
 * The wallet doctor: gathers every fact live trading depends on (each on its own, with a time
 * limit, so one unreachable service only turns its own check into a warning), diagnoses them,
 * keeps the last report, and plans/sends the approvals an EOA is missing.
 */
export function createWalletDoctor(deps: WalletDoctorDeps) {
  const { sources } = deps;
  const timeout = deps.timeoutMs ?? 10_000;
  async function gather(config: DoctorConfig, refreshExchange: boolean): Promise<WalletFacts> {
    const [wallet, region] = await Promise.all([
      sources.wallet(),
      settleFact(() => sources.region(config.geoblockUrl), timeout),
    ]);
    const base = { ...wallet, signatureType: config.signatureType, funderAddress: config.funderAddress };
    const funder = tradingAddress(base);
    const chainWork = funder ? settleFact(() => sources.chain(config.polygonRpcUrl, funder), timeout) : null;
    const signer = wallet.signer;
    const accountsWork = signer
      ? settleFact(() => sources.accounts(config.polygonRpcUrl, signer), timeout)
      : null;
    let credentials: WalletFacts['credentials'] = null;
    let closedOnly: WalletFacts['closedOnly'] = null;
    let exchange: WalletFacts['exchange'] = null;
    if (wallet.unlocked) {
      const session = sources.clob(config);
      credentials = await settleFact(() => session.credentials(), timeout);
      const c = credentials.ok ? credentials.value : null;
      if (c && c.source !== 'refused' && c.l2.ok) {
        [closedOnly, exchange] = await Promise.all([
          settleFact(() => session.closedOnly(), timeout),
          settleFact(() => session.exchangeView({ refresh: refreshExchange }), timeout),
        ]);
      }
    }
    const chain = chainWork ? await chainWork : null;
    const accounts = accountsWork ? await accountsWork : null;
    return {
      ...base,
      checkedAt: deps.clock.now(),
      region,
      closedOnly,
      credentials,
      chain,
      exchange,
      accounts,
    };
  }

  async function run(refreshExchange: boolean): Promise<DoctorReport> {
    const facts = await gather(configOf(await deps.settings()), refreshExchange);
    const report = diagnoseWallet(facts);
    await deps.store.runtime.set(LAST_DOCTOR_REPORT_KEY, report);
    return report;
  }

  /** The missing approvals, from a fresh chain read of the trading address. */
  async function missing(): Promise<{ config: DoctorConfig; missing: MissingApproval[] }> {
    const config = configOf(await deps.settings());
    const wallet = await sources.wallet();
    const funder = tradingAddress({ ...wallet, ...config });
    if (!funder) return { config, missing: [] };
    const chain = await settleFact(() => sources.chain(config.polygonRpcUrl, funder), timeout);
    if (!chain.ok) {
      throw operationalError(`Could not read the wallet's approvals on Polygon: ${chain.reason}.`, {
        code: 'approvals_unreadable',
      });
    }
    return { config, missing: [...missingApprovals(chain), ...missingCtfApprovals(chain)] };
  }

  return {
    /** Gathers the facts and diagnoses them; the report is kept as the last one. */
    run: () => run(false),
    /** Asks the exchange to refresh its cached balance/allowances first (/balance-allowance/update). */
    refreshExchange: () => run(true),
    /** The approval transactions the doctor would send (EOA only; empty for other wallet types). */
    async prepareApprovals(): Promise<PlannedApproval[]> {
      const { config, missing: todo } = await missing();
      if (config.signatureType !== 0 || todo.length === 0) return [];
      return sources.planApprovals(config.polygonRpcUrl, todo);
    },
    /** Sends one planned approval from the vault's account; resolves to the transaction hash. */
    async sendApproval(id: string): Promise<{ hash: string }> {
      const { config, missing: todo } = await missing();
      if (config.signatureType !== 0) {
        throw operationalError(
          'Approvals for a Polymarket proxy, Safe or deposit wallet are made on polymarket.com (through Polymarket’s relayer), not from here.',
          { code: 'approval_needs_relayer' },
        );
      }
      const approval = todo.find((a) => a.id === id);
      if (!approval) {
        throw validationError('This approval is not needed any more: run the checks again.', {
          code: 'approval_not_needed',
        });
      }
      const hash = await sources.sendApproval(config.polygonRpcUrl, approval);
      return { hash };
    },
  };
}

export type WalletDoctor = ReturnType<typeof createWalletDoctor>;
