import { z } from 'zod';

/** Integer micro-units (1e-6): prices, collateral amounts and share counts (lib/core/model/money.ts). */
export const micros = z.number().int();
export const epochMs = z.number().int().nonnegative();
export const modeSchema = z.enum(['paper', 'live']);
export const sideSchema = z.enum(['yes', 'no']);
