import '../../components/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { BacktestRunnerContext } from '../../components/dashboard/backtest/backtest-runner-context';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { uiLocale } from '../../components/ui/locale';
import { createBacktestRunner } from '../../lib/app/research/optimiser/backtest-runner';
import BacktestWorker from './backtest.worker.ts?worker';

/**
 * The page's backtest workers (Vite's `?worker` import bundles the worker and gives its constructor;
 * `new Worker(new URL(…, import.meta.url))` is not seen by Vite 7 once WXT has defined
 * `import.meta.url` for the service worker).
 */
const runner = createBacktestRunner(
  () => new BacktestWorker({ name: 'backtest' }),
  navigator.hardwareConcurrency,
);

document.documentElement.lang = uiLocale();
document.title = i18n.t('dashboard.pageTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BacktestRunnerContext.Provider value={runner}>
      <DashboardApp />
    </BacktestRunnerContext.Provider>
  </StrictMode>,
);
