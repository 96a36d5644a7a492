import { generateKeyPairSync } from 'node:crypto';

/** A fresh RSA key pair in the formats Kalshi users hold: PKCS#1 and PKCS#8 PEM, and the public SPKI PEM. */
export function freshKalshiKey() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    pkcs1Pem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    pkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pkcs1Der: privateKey.export({ type: 'pkcs1', format: 'der' }),
    pkcs8Der: privateKey.export({ type: 'pkcs8', format: 'der' }),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
