import type { HandlersFor } from '../../messaging/router';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { PolymarketClients, PolymarketEndpoints } from '../ports/polymarket-reads';
import { checkEndpoints } from './endpoint-check';

export interface DiagnosticsDeps {
  settings: () => Promise<Settings>;
  clients: (endpoints: PolymarketEndpoints) => PolymarketClients;
  clock: Clock;
}

export function createDiagnosticsHandlers(deps: DiagnosticsDeps): HandlersFor<'endpoints.check'> {
  return {
    'endpoints.check': async () => {
      const { endpoints } = await deps.settings();
      return checkEndpoints(deps.clients(endpoints), endpoints, deps.clock);
    },
  };
}
