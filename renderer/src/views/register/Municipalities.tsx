import { Field, Label, Search, Table } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { collator } from '../../format';
import { nb } from '../../i18n/nb';
import { href } from '../../router';
import { LoadError, Loading } from '../../ui/common';
import { call } from '../../api';
import { useDataVersion, useQuery } from '../../ui/data';

/**
 * Municipality id → the regions it belongs to. The list of organisations does not carry
 * memberships, so we read each region once (21 in the 2015 registry) and invert.
 */
function useMembership(regionIds: number[] | null): Map<number, { id: number; name: string }[]> {
  const version = useDataVersion();
  const [map, setMap] = useState(new Map<number, { id: number; name: string }[]>());
  const key = regionIds?.join(',') ?? null;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const ids = key === '' ? [] : key.split(',').map(Number);
    void Promise.all(ids.map((id) => call('orgs:get', { id }))).then((answers) => {
      if (!live) return;
      const next = new Map<number, { id: number; name: string }[]>();
      for (const a of answers) {
        if (!a.ok) continue;
        for (const m of a.value.members) next.set(m.id, [...(next.get(m.id) ?? []), { id: a.value.id, name: a.value.name }]);
      }
      for (const list of next.values()) list.sort((x, y) => collator.compare(x.name, y.name));
      setMap(next);
    });
    return () => {
      live = false;
    };
  }, [key, version]);
  return map;
}

export function MunicipalitiesTab() {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const t = window.setTimeout(() => setQuery(q.trim()), 200);
    return () => window.clearTimeout(t);
  }, [q]);
  const list = useQuery('orgs:list', { kind: 'municipality', ...(query ? { q: query } : {}) });
  const all = useQuery('orgs:list', { kind: 'municipality' });
  const regions = useQuery('orgs:list', { kind: 'region' });
  const t = nb.register.municipalities;

  const membership = useMembership(regions.value?.map((r) => r.id) ?? null);

  const rows = useMemo(() => [...(list.value ?? [])].sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '') || collator.compare(a.name, b.name)), [list.value]);

  return (
    <div className="form">
      <div className="panel toolbar" role="search">
        <Field className="grow">
          <Label>{nb.register.search}</Label>
          <Search>
            <Search.Input aria-label={nb.register.search} placeholder={t.searchPlaceholder} value={q} onChange={(e) => setQ(e.target.value)} />
          </Search>
        </Field>
        {list.value && all.value && <span className="toolbar__count tnum">{t.count(list.value.length, all.value.length)}</span>}
      </div>
      {list.status === 'error' && !list.value ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.value ? (
        <Loading />
      ) : (
        <div className="panel panel--flush">
          <Table className="data-table" aria-label={t.tableLabel} zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell className="num">{t.number}</Table.HeaderCell>
                <Table.HeaderCell>{t.name}</Table.HeaderCell>
                <Table.HeaderCell>{t.county}</Table.HeaderCell>
                <Table.HeaderCell>{t.regions}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell className="num tnum">{m.number}</Table.Cell>
                  <Table.Cell>{m.name}</Table.Cell>
                  <Table.Cell>{m.countyId ? <a href={href('register', 'fylker', m.countyId)}>{m.countyName}</a> : nb.app.none}</Table.Cell>
                  <Table.Cell>
                    {(membership.get(m.id) ?? []).map((r, i) => (
                      <span key={r.id}>
                        {i > 0 && ', '}
                        <a href={href('register', 'byregioner', r.id)}>{r.name}</a>
                      </span>
                    ))}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
