/**
 * Field names whose values are dropped from log lines whatever they contain. Names are compared
 * case-insensitively with `_`, `-` and spaces removed, so `privateKey`, `private_key` and
 * `PRIVATE-KEY` are one name.
 */
const EXACT = new Set([
  'key',
  'secret',
  'passphrase',
  'password',
  'passwd',
  'pwd',
  'signature',
  'sig',
  'token',
  'authorization',
  'auth',
  'cookie',
  'setcookie',
  'mnemonic',
  'seed',
  'creds',
  'credentials',
]);

/** Any name ending like this is secret: apiSecret, vaultPassphrase, accessToken, boxKey… */
const SUFFIXES = [
  'privatekey',
  'secret',
  'passphrase',
  'password',
  'signature',
  'accesstoken',
  'refreshtoken',
  'bearertoken',
  'authtoken',
  'apikey',
  'secretkey',
  'signingkey',
  'sessionkey',
  'boxkey',
  'seedphrase',
  'credentials',
  // the Kalshi key file's text (privateKeyPem)
  'pem',
];

export function isSecretFieldName(name: string): boolean {
  // Polymarket's authentication headers: POLY_API_KEY, POLY_SIGNATURE, POLY_PASSPHRASE…
  if (/^poly[_-]/i.test(name)) return true;
  // Kalshi's: KALSHI-ACCESS-KEY, KALSHI-ACCESS-SIGNATURE, KALSHI-ACCESS-TIMESTAMP.
  if (/^kalshi[_-]access/i.test(name)) return true;
  const normalised = name.toLowerCase().replace(/[\s_-]/g, '');
  return EXACT.has(normalised) || SUFFIXES.some((suffix) => normalised.endsWith(suffix));
}
