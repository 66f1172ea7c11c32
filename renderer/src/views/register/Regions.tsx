import { Button, Checkbox, Fieldset, Heading, Label, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { ArrowLeftIcon, TrashIcon, XMarkIcon } from '@navikt/aksel-icons';
import { useMemo, useState } from 'react';
import type { OrganisationDetail } from '../../../../main/api/types';
import { collator, formatNumber } from '../../format';
import { nb } from '../../i18n/nb';
import { href, navigate } from '../../router';
import { LoadError, Loading } from '../../ui/common';
import { mutate, useQuery } from '../../ui/data';
import { useNotify } from '../../ui/notify';
import { OrgPicker } from '../../ui/OrgPicker';
import { ConfirmDeleteOrg } from './OrgDialog';

export function RegionsTab() {
  const list = useQuery('orgs:list', { kind: 'region' });
  const t = nb.register.regions;
  if (list.status === 'error' && !list.value) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.value) return <Loading />;
  const rows = [...list.value].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="panel panel--flush">
      <Table className="data-table" aria-label={t.tableLabel} hover>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.name}</Table.HeaderCell>
            <Table.HeaderCell>{t.counties}</Table.HeaderCell>
            <Table.HeaderCell>{t.phases}</Table.HeaderCell>
            <Table.HeaderCell>{t.theme}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t.members}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>
                <a href={href('register', 'byregioner', r.id)}>{r.name}</a>
              </Table.Cell>
              <Table.Cell>{r.countyName ?? <span className="muted">{nb.app.none}</span>}</Table.Cell>
              <Table.Cell>
                <span className="tags">
                  {r.phase1 && (
                    <Tag data-size="sm" data-color="neutral">
                      {t.phase1}
                    </Tag>
                  )}
                  {r.phase2 && (
                    <Tag data-size="sm" data-color="accent">
                      {t.phase2}
                    </Tag>
                  )}
                </span>
              </Table.Cell>
              <Table.Cell style={{ maxWidth: '28rem' }}>{r.themeName ?? <span className="muted">{nb.app.none}</span>}</Table.Cell>
              <Table.Cell className="num tnum">{formatNumber(r.memberCount)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Name, theme and phases of a region, saved together. */
function RegionSettings({ region }: { region: OrganisationDetail }) {
  const themes = useQuery('themes:list', {});
  const { notify } = useNotify();
  const [name, setName] = useState(region.name);
  const [themeId, setThemeId] = useState(region.themeId ? String(region.themeId) : '');
  const [phase1, setPhase1] = useState(region.phase1);
  const [phase2, setPhase2] = useState(region.phase2);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const t = nb.register.region;

  const save = async () => {
    setBusy(true);
    const res = await mutate('orgs:update', { id: region.id, name, themeId: themeId === '' ? null : Number(themeId), phase1, phase2 });
    setBusy(false);
    if (res.ok) {
      setErrors({});
      notify('success', nb.register.orgForm.updated(res.value.name));
    } else {
      setErrors(res.error.fields ?? {});
      notify('danger', res.error.message);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Textfield label={t.name} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <div>
        <Label htmlFor="region-theme">{t.theme}</Label>
        <Select id="region-theme" value={themeId} onChange={(e) => setThemeId(e.target.value)}>
          <Select.Option value="">{t.noTheme}</Select.Option>
          {(themes.value ?? []).map((th) => (
            <Select.Option key={th.id} value={String(th.id)}>
              {th.name}
            </Select.Option>
          ))}
        </Select>
      </div>
      <Fieldset>
        <Fieldset.Legend>{t.participates}</Fieldset.Legend>
        <Checkbox label={nb.register.regions.phase1} checked={phase1} onChange={(e) => setPhase1(e.target.checked)} />
        <Checkbox label={nb.register.regions.phase2} checked={phase2} onChange={(e) => setPhase2(e.target.checked)} />
      </Fieldset>
      <div className="form-actions" style={{ justifyContent: 'flex-start' }}>
        <Button type="submit" loading={busy}>
          {nb.app.save}
        </Button>
      </div>
    </form>
  );
}

export function RegionDetail({ id }: { id: number }) {
  const org = useQuery('orgs:get', { id });
  const { notify } = useNotify();
  const [deleting, setDeleting] = useState(false);
  const t = nb.register.region;
  const memberIds = useMemo(() => new Set(org.value?.members.map((m) => m.id) ?? []), [org.value]);

  if (org.status === 'error' && !org.value) return <LoadError error={org.error} onRetry={org.reload} />;
  if (!org.value) return <Loading />;
  const r = org.value;

  const add = async (municipalityId: number | null, name: string) => {
    if (municipalityId === null) return;
    const res = await mutate('regions:addMember', { regionId: r.id, municipalityId });
    notify(res.ok ? 'success' : 'danger', res.ok ? t.added(name, r.name) : res.error.message);
  };
  const remove = async (municipalityId: number, name: string) => {
    const res = await mutate('regions:removeMember', { regionId: r.id, municipalityId });
    notify(res.ok ? 'success' : 'danger', res.ok ? t.removed(name, r.name) : res.error.message);
  };

  return (
    <div className="page" style={{ padding: 0 }}>
      <div className="page-header">
        <div>
          <a className="breadcrumb" href={href('register', 'byregioner')}>
            <ArrowLeftIcon aria-hidden />
            {t.back}
          </a>
          <Heading level={2} data-size="md" style={{ marginTop: 'var(--ds-size-2)' }}>
            {r.name}
          </Heading>
          <Paragraph data-size="sm" className="muted">
            {t.counties}: {r.counties.map((c) => c.name).join(', ') || nb.app.none}
          </Paragraph>
        </div>
        <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setDeleting(true)}>
          <TrashIcon aria-hidden />
          {t.deleteRegion}
        </Button>
      </div>
      <div className="grid-2">
        <section className="panel" aria-labelledby="region-members">
          <Heading level={3} data-size="xs" id="region-members">
            {t.members} ({formatNumber(r.members.length)})
          </Heading>
          <div style={{ margin: 'var(--ds-size-4) 0' }}>
            <OrgPicker
              label={t.addMember}
              placeholder={t.addMemberPlaceholder}
              kinds={['municipality']}
              value={null}
              exclude={memberIds}
              clearOnSelect
              onChange={(mid, o) => void add(mid, o?.name ?? '')}
            />
          </div>
          {r.members.length === 0 ? (
            <Paragraph className="muted">{t.noMembers}</Paragraph>
          ) : (
            <ul className="member-list">
              {r.members.map((m) => (
                <li key={m.id}>
                  <span>
                    {m.name} <span className="tnum muted">{m.number}</span>
                  </span>
                  <Button variant="tertiary" icon data-size="sm" aria-label={t.remove(m.name)} title={t.remove(m.name)} onClick={() => void remove(m.id, m.name)}>
                    <XMarkIcon aria-hidden />
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="region-settings">
          <Heading level={3} data-size="xs" id="region-settings" style={{ marginBottom: 'var(--ds-size-4)' }}>
            {t.settings}
          </Heading>
          <RegionSettings key={`${r.id}-${r.name}-${r.themeId}-${r.phase1}-${r.phase2}`} region={r} />
        </section>
      </div>
      <ConfirmDeleteOrg org={deleting ? r : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('register', 'byregioner')} />
    </div>
  );
}
