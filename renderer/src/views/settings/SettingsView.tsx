import { Button, Fieldset, Heading, Paragraph, Radio, Switch, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type ChangeEvent } from 'react';
import type { AppErrorInfo, Event } from '../../../../main/api/types';
import { isDesktop } from '../../api';
import { LANGUAGES, nb } from '../../i18n/nb';
import { desktopSettings, saveUiSettings, THEMES, uiSettings, type DesktopSettings, type Language, type Theme } from '../../settings';
import { LoadError, Loading, PageHeader } from '../../ui/common';
import { FormError } from '../../ui/forms';
import { mutate, useQuery } from '../../ui/data';
import { useNotify } from '../../ui/notify';
import type { ViewProps } from '../types';
import './settings.css';

// Innstillinger: language and theme (this computer), where the data lives, backups and the
// organiser of the current event (both in the database).

/**
 * A language switch mounts the whole app anew (main.tsx), which drops focus. The radio that was
 * chosen gets it back, so keyboard users can go on with the arrow keys. Module state, because it
 * has to survive that remount.
 */
let refocus: string | null = null;

function LanguageAndTheme() {
  const t = nb.settings;
  const [current, setCurrent] = useState(uiSettings);

  useEffect(() => {
    if (!refocus) return;
    document.getElementById(refocus)?.focus();
    refocus = null;
  }, []);

  const choose = (changes: { language?: Language; theme?: Theme }, id: string) => {
    refocus = id;
    void saveUiSettings(changes).then(setCurrent);
  };

  return (
    <section className="panel settings-section" aria-labelledby="settings-language">
      <Heading level={2} data-size="sm" id="settings-language">
        {t.languageHeading}
      </Heading>
      <div className="settings-choices">
        <Fieldset>
          <Fieldset.Legend>{t.languageLegend}</Fieldset.Legend>
          <Fieldset.Description>{t.languageHelp}</Fieldset.Description>
          {LANGUAGES.map((l) => (
            <Radio
              key={l}
              id={`settings-lang-${l}`}
              name="language"
              value={l}
              lang={l}
              label={t.languages[l]}
              checked={current.language === l}
              onChange={() => choose({ language: l }, `settings-lang-${l}`)}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t.themeLegend}</Fieldset.Legend>
          {THEMES.map((th) => (
            <Radio
              key={th}
              id={`settings-theme-${th}`}
              name="theme"
              value={th}
              label={t.themes[th]}
              checked={current.theme === th}
              onChange={() => choose({ theme: th }, `settings-theme-${th}`)}
            />
          ))}
        </Fieldset>
      </div>
    </section>
  );
}

function PathRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="settings-path">
      <dt>{label}</dt>
      <dd>
        <code>{value || nb.app.none}</code>
      </dd>
    </div>
  );
}

function DataFolder() {
  const t = nb.settings;
  const paths = useQuery('app:paths', {});
  const { notify } = useNotify();
  const desktop = desktopSettings();
  const [info, setInfo] = useState<DesktopSettings | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!desktop) return;
    void desktop.get().then((res) => {
      if (res.ok) setInfo(res.value);
    });
  }, [desktop]);

  const choose = async () => {
    if (!desktop) return;
    setBusy(true);
    const res = await desktop.chooseDataFolder();
    setBusy(false);
    if (!res.ok) notify('danger', res.error.message);
    else if (res.value) setInfo(res.value);
  };

  let body;
  if (paths.status === 'error' && !paths.value) body = <LoadError error={paths.error} onRetry={paths.reload} />;
  else if (!paths.value) body = <Loading />;
  else
    body = (
      <dl className="settings-paths">
        <PathRow label={t.dataDir} value={paths.value.dataDir} />
        <PathRow label={t.dbFile} value={paths.value.dbFile} />
        <PathRow label={t.backupsDir} value={paths.value.backupsDir} />
      </dl>
    );

  return (
    <section className="panel settings-section" aria-labelledby="settings-data">
      <Heading level={2} data-size="sm" id="settings-data">
        {t.dataHeading}
      </Heading>
      {body}
      {!isDesktop() && (
        <Paragraph data-size="sm" className="muted">
          {t.dataDirBrowser} <code className="settings-option">--db</code>.
        </Paragraph>
      )}
      {desktop && info?.dataDirFixed && <Paragraph data-size="sm" className="muted">{t.dataDirFixed}</Paragraph>}
      {desktop && info && !info.dataDirFixed && (
        <div className="settings-folder">
          <Paragraph data-size="sm" className="muted">
            {t.chooseFolderHelp}
          </Paragraph>
          <div className="row">
            <Button variant="secondary" onClick={() => void choose()} loading={busy}>
              {t.chooseFolder}
            </Button>
            {info.nextDataDir && (
              <Button variant="primary" onClick={() => void desktop.restart()}>
                {t.restart}
              </Button>
            )}
          </div>
          {info.nextDataDir && (
            <Paragraph data-size="sm" role="status">
              {t.nextStart(info.nextDataDir)}
            </Paragraph>
          )}
        </div>
      )}
    </section>
  );
}

function Backups() {
  const t = nb.settings;
  const q = useQuery('settings:get', {});
  const { notify } = useNotify();
  const [keep, setKeep] = useState<string | null>(null);
  // The switch shows the new state at once; the answer from the core then confirms it.
  const [auto, setAuto] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (q.status === 'error' && !q.value) return <LoadError error={q.error} onRetry={q.reload} />;
  const value = q.value;
  const keepText = keep ?? (value ? String(value.backupKeep) : '');

  const save = async (changes: { backupKeep?: number; backupAuto?: boolean }) => {
    if (changes.backupAuto !== undefined) setAuto(changes.backupAuto);
    const res = await mutate('settings:set', changes);
    if (res.ok) {
      setKeep(null);
      setAuto(res.value.backupAuto);
      setError(null);
      notify('success', t.backupSaved);
    } else {
      setAuto(null);
      setError(res.error.fields?.backupKeep ?? res.error.message);
    }
  };

  const saveKeep = () => {
    const n = Number(keepText.trim());
    if (!/^\d+$/.test(keepText.trim()) || n < 1 || n > 365) {
      setError(t.backupKeepInvalid);
      return;
    }
    if (n !== value?.backupKeep) void save({ backupKeep: n });
    else setError(null);
  };

  return (
    <section className="panel settings-section" aria-labelledby="settings-backup">
      <Heading level={2} data-size="sm" id="settings-backup">
        {t.backupHeading}
      </Heading>
      {!value ? (
        <Loading />
      ) : (
        <>
          <Switch
            label={t.backupAuto}
            description={t.backupAutoHelp}
            checked={auto ?? value.backupAuto}
            onChange={(e) => void save({ backupAuto: e.currentTarget.checked })}
          />
          <form
            className="settings-keep"
            onSubmit={(e) => {
              e.preventDefault();
              saveKeep();
            }}
          >
            <Textfield
              label={t.backupKeep}
              description={t.backupKeepHelp}
              inputMode="numeric"
              className="settings-keep__field"
              value={keepText}
              onChange={(e) => setKeep(e.currentTarget.value)}
              error={error ?? undefined}
            />
            <Button type="submit" variant="secondary">
              {nb.app.save}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

interface OrganiserDraft {
  organiserOrg: string;
  organiserName: string;
  organiserTitle: string;
  organiserEmail: string;
  organiserDomains: string;
}

const draftOf = (ev: Event): OrganiserDraft => ({
  organiserOrg: ev.organiserOrg ?? '',
  organiserName: ev.organiserName ?? '',
  organiserTitle: ev.organiserTitle ?? '',
  organiserEmail: ev.organiserEmail ?? '',
  organiserDomains: ev.organiserDomains.join(', '),
});

function OrganiserForm({ event }: { event: Event }) {
  const t = nb.settings;
  const f = nb.eventForm;
  const { notify } = useNotify();
  const [draft, setDraft] = useState(() => draftOf(event));
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);

  const field = (key: keyof OrganiserDraft) => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const v = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: v }));
    },
    error: error?.fields?.[key] ?? Object.entries(error?.fields ?? {}).find(([k]) => k.startsWith(`${key}.`))?.[1],
  });

  const save = async () => {
    setSaving(true);
    const domains = draft.organiserDomains
      .split(/[\s,;]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);
    const res = await mutate('events:update', {
      id: event.id,
      organiserOrg: draft.organiserOrg,
      organiserName: draft.organiserName,
      organiserTitle: draft.organiserTitle,
      organiserEmail: draft.organiserEmail,
      organiserDomains: domains,
    });
    setSaving(false);
    if (res.ok) {
      setError(null);
      setDraft(draftOf(res.value));
      notify('success', t.organiserSaved);
    } else setError(res.error);
  };

  return (
    <form
      className="settings-organiser"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Textfield label={f.organiserOrg} {...field('organiserOrg')} />
      <Textfield label={f.organiserName} {...field('organiserName')} />
      <Textfield label={f.organiserTitle} {...field('organiserTitle')} />
      <Textfield label={f.organiserEmail} type="email" {...field('organiserEmail')} />
      <Textfield className="span-2" label={t.organiserDomains} description={t.organiserDomainsHelp} {...field('organiserDomains')} />
      <div className="span-2">
        <FormError error={error} />
      </div>
      <div className="span-2 row">
        <Button type="submit" loading={saving}>
          {t.saveOrganiser}
        </Button>
      </div>
    </form>
  );
}

function Organiser() {
  const t = nb.settings;
  const info = useQuery('app:info', {});
  const ev = info.value?.event ?? null;
  let body;
  if (info.status === 'error' && !info.value) body = <LoadError error={info.error} onRetry={info.reload} />;
  else if (!info.value) body = <Loading />;
  else if (!ev) body = <Paragraph data-size="sm">{t.noEvent}</Paragraph>;
  else
    body = (
      <>
        <Paragraph data-size="sm" className="muted">
          {t.organiserLead(ev.shortTitle ?? ev.title)}
        </Paragraph>
        {/* Keyed by the event and its last change, so a switch of event or an undo refills the form. */}
        <OrganiserForm key={`${ev.id}:${ev.updatedAt}`} event={ev} />
      </>
    );
  return (
    <section className="panel settings-section" aria-labelledby="settings-organiser">
      <Heading level={2} data-size="sm" id="settings-organiser">
        {t.organiserHeading}
      </Heading>
      {body}
    </section>
  );
}

export function SettingsView(_props: ViewProps) {
  const t = nb.settings;
  return (
    <div className="page settings">
      <PageHeader title={t.title} lead={t.lead} />
      <LanguageAndTheme />
      <div className="grid-2">
        <Backups />
        <DataFolder />
      </div>
      <Organiser />
    </div>
  );
}
