import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR } from './extension-fixture';

mkdirSync(SCREENSHOT_DIR, { recursive: true });

/** tests/e2e/screenshots/<name>.png */
export const shot = (name: string) => path.join(SCREENSHOT_DIR, `${name}.png`);
