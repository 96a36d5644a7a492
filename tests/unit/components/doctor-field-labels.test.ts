import { describe, expect, it } from 'vitest';
import { settingsLayout } from '../../../components/options/settings-layout';
import { localeMessages } from './locale-messages';

/** Issue 21: the doctor's fixes pointed to "Wallet → Funder address", a field that does not exist. */
describe('the wallet doctor names fields by their real labels', () => {
  const wallet = settingsLayout().find((g) => g.group === 'wallet');
  const field = (key: string) => {
    const found = wallet?.fields.find((f) => f.key === key);
    if (!found) throw new Error(`no wallet field ${key}`);
    return found;
  };

  it('the account kind is a choice of account kinds in words, not a 0–3 number box', () => {
    const kind = field('signatureType');
    expect(kind.kind).toBe('choice');
    expect(kind.meta.choices?.map((c) => c.value)).toEqual(['0', '1', '2', '3']);
    const fr = localeMessages('fr');
    for (const c of kind.meta.choices ?? []) {
      expect(c.label).not.toMatch(/^\d$/);
      expect(fr.get(`settingsFields.wallet.signatureType_${c.value}`)).toBeTruthy();
    }
  });

  it.each(['en', 'fr'] as const)(
    '%s: every field a doctor text quotes is a real field label or choice',
    (lang) => {
      const messages = localeMessages(lang);
      const labelOf = (key: string) =>
        lang === 'en' ? field(key).meta.label : (messages.get(`settingsFields.wallet.${key}`) ?? '');
      const choiceOf = (value: string) =>
        lang === 'en'
          ? (field('signatureType').meta.choices?.find((c) => c.value === value)?.label ?? '')
          : (messages.get(`settingsFields.wallet.signatureType_${value}`) ?? '');
      const known = [
        labelOf('signatureType'),
        labelOf('funderAddress'),
        ...['0', '1', '2', '3'].map(choiceOf),
      ];
      const quote = lang === 'en' ? /"([^"]+)"/g : /« ([^»]+) »/g;
      const doctor = [...messages].filter(([k]) => k.startsWith('doctor.signatureType.'));
      expect(doctor.length).toBeGreaterThan(10);
      let quoted = 0;
      for (const [key, text] of doctor) {
        expect(text, key).not.toMatch(/Funder address|Adresse du funder|Wallet → /);
        for (const [, inner = ''] of text.matchAll(quote)) {
          if (/^[a-z]/.test(inner) && lang === 'en') continue; // the exchange's own words ("invalid signature")
          if (lang === 'fr' && /^[a-z]/.test(inner)) continue;
          quoted += 1;
          expect(
            known.some((label) => label.startsWith(inner)),
            `${key}: "${inner}" is not a field label`,
          ).toBe(true);
        }
      }
      expect(quoted).toBeGreaterThan(5);
    },
  );
});
