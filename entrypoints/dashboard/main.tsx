import '../../components/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { uiLocale } from '../../components/ui/locale';

document.documentElement.lang = uiLocale();
document.title = i18n.t('dashboard.pageTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DashboardApp />
  </StrictMode>,
);
