import { test } from './extension-fixture';
import { auditEveryPage, PHONE } from './phone-pages';

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

test('at phone width (360 × 740, touch) no page scrolls sideways, every tap target is 44 px, axe finds nothing serious', async ({
  context,
  extensionId,
}) => {
  await auditEveryPage(context, extensionId, 'phone', { phone: true });
});
