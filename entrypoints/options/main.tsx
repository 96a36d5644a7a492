import '../../components/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import { uiLocale } from '../../components/ui/locale';

document.documentElement.lang = uiLocale();
document.title = i18n.t('options.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
