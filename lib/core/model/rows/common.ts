import { z } from 'zod';
import { venueIdSchema } from '../venue';

/** Integer micro-units (1e-6): prices, collateral amounts and share counts (lib/core/model/money.ts). */
export const micros = z.number().int();
export const epochMs = z.number().int().nonnegative();
export const modeSchema = z.enum(['paper', 'live']);
export const sideSchema = z.enum(['yes', 'no']);

/**
 * The venue a row belongs to (model/venue.ts). Optional in the schema: rows written before venues
 * existed were filled with 'polymarket' by the storage's v7 upgrade, and `venueOf` reads a row
 * without one as Polymarket; every row the app writes now sets it.
 */
export const venueField = venueIdSchema.optional();
