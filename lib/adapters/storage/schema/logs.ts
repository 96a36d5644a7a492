import { logRow } from '../../../core/model/rows/logs';

export const logsTable = { name: 'logs', indexes: '++id, at, level', row: logRow } as const;
