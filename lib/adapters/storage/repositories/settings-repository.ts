import type { SettingsStore } from '../../../app/ports/store-port';
import {
  applySettingsPatch,
  type ParseSettingsResult,
  parseSettings,
  type SettingsPatch,
} from '../../../settings/parse-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/schema';
import type { EquilibrageDatabase } from '../database';

const ID = 'singleton';

/** Settings live in the `config` singleton; every write is validated, so nothing invalid is saved. */
export class SettingsRepository implements SettingsStore {
  constructor(
    private readonly db: EquilibrageDatabase,
    private readonly now: () => number,
  ) {}

  /** The current settings; a stored value that no longer validates falls back to the defaults. */
  async get(): Promise<Settings> {
    const row = await this.db.config.get(ID);
    if (!row) return DEFAULT_SETTINGS;
    const parsed = parseSettings(row.settings);
    return parsed.ok ? parsed.settings : DEFAULT_SETTINGS;
  }

  async update(patch: SettingsPatch): Promise<ParseSettingsResult> {
    return this.db.transaction('rw', this.db.config, async () => {
      const result = applySettingsPatch(await this.get(), patch);
      if (result.ok) await this.write(result.settings);
      return result;
    });
  }

  async reset(): Promise<Settings> {
    await this.write(DEFAULT_SETTINGS);
    return DEFAULT_SETTINGS;
  }

  private async write(settings: Settings): Promise<void> {
    await this.db.config.put({ id: ID, settings: { ...settings }, updatedAt: this.now() });
  }
}
