export { fixture } from '../../unit/polymarket/fixtures.ts';
