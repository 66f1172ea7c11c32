// First: start the first screen's reads and code (boot.ts), before the rest is set up.
import { firstViewReady, uiSettingsReady } from './boot';
import '@digdir/designsystemet-css';
// Designsystemet's global behaviours (dialogs, popovers, fields, tooltips …): loaded here, at the
// start, whichever components the first view uses (see electron.vite.config.ts, treeshake).
import '@digdir/designsystemet-web';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
// The frame's, home page's and palette's additions, after styles.css (same layer: order matters).
// Imported here, not from a module in renderer/src/ui (a chunk of its own, electron.vite.config.ts).
import './ui/day.css';
import './api';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { language, onLanguageChange } from './i18n/nb';

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
void Promise.all([uiSettingsReady, firstViewReady]).finally(() => {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
