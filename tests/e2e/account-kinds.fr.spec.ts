import { startPolygonStub } from '../fake-polygon/polygon-rpc-stub';
import { walkAccountKinds } from './account-kinds-flow';
import { test } from './fake-polymarket-fixture';

test('page d’options pour chaque type de compte, en français', async ({ context, extensionId, fake }) => {
  const chain = await startPolygonStub();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await walkAccountKinds(page, fake, chain, {
      lang: 'fr',
      trading: 'Mode de trading',
      kindLabel: 'Type de compte',
      funderLabel: 'Adresse du portefeuille Polymarket',
      runChecks: 'Lancer les vérifications',
      ready: 'Prêt pour le trading réel',
      notReady: 'Pas prêt',
      failed: 'Échec',
      liveSwitch: 'Trading réel',
      looksLikeProxy: 'cela ressemble à un compte à connexion par e-mail (Magic)',
      guide: {
        '0': 'laissez-la vide',
        '1': 'sous votre photo de profil → Déposer',
        '2': 'portefeuille de navigateur avec lequel vous vous connectez',
        '3': 'pas encore pris en charge',
      },
      depositWallet: 'the order signer address has to be the address of the API KEY',
      closeOnly: 'fermeture seule',
      closeOnlyPositions: 'Les positions réelles ouvertes restent surveillées',
      couldNotRun: "Une vérification qui n'a pas pu être faite ne compte pas comme réussie",
    });
  } finally {
    await chain.close();
  }
});
