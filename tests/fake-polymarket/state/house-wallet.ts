/** Address shown in Data API rows for the scenario's anonymous market-maker liquidity. */
export const HOUSE_WALLET = '0x6a72f61820b26b1fe4d956e17b6dc2a1ea3033ee';
