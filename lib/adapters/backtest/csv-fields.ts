/** Moved to lib/core/backtest/file (a pure codec the dashboard's Web Worker uses too). */
export * from '../../core/backtest/file/csv-fields';
