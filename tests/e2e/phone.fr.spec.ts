import { test } from './extension-fixture';
import { auditEveryPage, PHONE } from './phone-pages';

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

test('en français aussi, à 360 px : pas de défilement horizontal, cibles de 44 px, rien de grave pour axe', async ({
  context,
  extensionId,
}) => {
  await auditEveryPage(context, extensionId, 'fr-phone', { phone: true });
});
