import { test } from './extension-fixture';
import { auditEveryPage } from './phone-pages';

test.use({ viewport: { width: 1280, height: 900 } });

test('on a desktop screen axe finds no serious or critical violation on any page', async ({
  context,
  extensionId,
}) => {
  await auditEveryPage(context, extensionId, 'desktop', { phone: false });
});
