import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
import './api';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { language, onLanguageChange } from './i18n/nb';
import { loadUiSettings } from './settings';

const root = document.getElementById('root');
if (!root) throw new Error('Mangler #root i index.html.');

/**
 * The app keyed by the language: a switch (i18n/nb.ts setLanguage) mounts it anew, so every
 * component reads `nb.…` again, including texts kept in state or memoised. The route lives in
 * the address, so the organiser stays on the same page.
 */
function Root() {
  const lang = useSyncExternalStore(onLanguageChange, language);
  return <App key={lang} />;
}

// Language and theme are applied before the first render, so the page never shows in the wrong
// language or flashes light in dark mode.
void loadUiSettings().finally(() => {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
