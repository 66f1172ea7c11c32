import { Select } from '@digdir/designsystemet-react';
import { LanguageIcon } from '@navikt/aksel-icons';
import { useEffect, useRef } from 'react';
import { language, LANGUAGES, nb, type Language } from '../../i18n/nb';
import { saveUiSettings } from '../../settings';
import './settings.css';

// The compact language switch in the frame (App.tsx, at the foot of the menu). The same choice
// as under Innstillinger; the names are each language's own, so they can be found whatever the
// current language is.

/** Survives the remount that a switch causes (main.tsx), so focus can come back here. */
let refocus = false;

export function LanguageSwitch() {
  const ref = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!refocus) return;
    refocus = false;
    ref.current?.focus();
  }, []);

  return (
    <div className="language-switch">
      <LanguageIcon aria-hidden className="language-switch__icon" />
      <Select
        ref={ref}
        aria-label={nb.nav.language}
        data-size="sm"
        value={language()}
        onChange={(e) => {
          refocus = true;
          void saveUiSettings({ language: e.currentTarget.value as Language });
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {nb.settings.languages[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
