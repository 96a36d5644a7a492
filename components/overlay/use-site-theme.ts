import { useEffect, useState } from 'react';

function isDark(): boolean {
  const root = document.documentElement;
  if (root.classList.contains('dark') || root.dataset.theme === 'dark') return true;
  if (root.classList.contains('light') || root.dataset.theme === 'light') return false;
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Whether polymarket.com currently shows its dark theme (html.dark, else the OS preference). */
export function useSiteTheme(): 'dark' | 'light' {
  const [dark, setDark] = useState(isDark);
  useEffect(() => {
    const update = () => setDark(isDark());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'data-theme'],
    });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, []);
  return dark ? 'dark' : 'light';
}
