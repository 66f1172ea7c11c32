/**
 * Deterministic synthetic replies for throughput tests and benchmarks. Mixed styles: Outlook
 * (nb/en), nynorsk, Gmail quote lines, colleague sign-ups, cancellations, questions,
 * out-of-office, CRLF. Every reply is from a different (invented) person and carries a date,
 * so `parseEmails` must find exactly n messages.
 */
import { COUNTIES_2015 } from './registry2015';

const FIRST = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Siri', 'Knut', 'Hanne', 'Tor Erik', 'Marit', 'Jon Are', 'Synnøve', 'Bjørn', 'Anne-Lise', 'Per', 'Eirik', 'Guro'];
const LAST = ['Nordmann', 'Hansen', 'Haugland', 'Øvrebø', 'Aasen', 'Gravdal', 'Lie-Olsen', 'Sandvik', 'Solbakken', 'Isaksen', 'Hjelmeland', 'Ødegård', 'Tveit', 'Myhre-Tangen', 'Berg', 'Strand'];
const DIETS = ['Jeg har ingen allergier.', 'Jeg er vegetarianer.', 'Jeg har cøliaki.', 'Laktoseintolerant.', 'Jeg spiser ikke fisk, ellers går alt fint.', 'Nøtteallergi, men peanøtter går fint.', ''];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function ascii(s: string): string {
  return s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/\s+/g, '.');
}

const INVITATION = `Hei,

Distriktssenteret inviterer til oppstartssamling for fase 2 av Utviklingsprogrammet for byregioner.

Tid: torsdag 24. september 2015 kl. 10.00–15.30
Sted: Bjørvika konferansesenter, Oslo

Hver fylkeskommune kan melde på én deltaker. Gi beskjed om du har matallergier (f.eks. glutenfri eller vegetar).

Med vennlig hilsen
Aina Sofie Brox
Distriktssenteret
aina-sofie.brox@kdu.no
`;

/** n synthetic replies, deterministic for a seed. Dates increase so each reply is a new message. */
export function generateReplies(n: number, seed: number): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const out: string[] = [];
  const base = Date.UTC(2015, 7, 29, 8, 0, 0);
  for (let i = 0; i < n; i++) {
    const county = pick(COUNTIES_2015);
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const email = `${ascii(first)}.${ascii(last)}${i}@${county.domains[0] ?? 'example.no'}`;
    const t = new Date(base + i * 61_000);
    const dd = t.getUTCDate();
    const mm = t.getUTCMonth() + 1;
    const hh = String(t.getUTCHours()).padStart(2, '0');
    const mi = String(t.getUTCMinutes()).padStart(2, '0');
    const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
    const diet = pick(DIETS);
    const style = Math.floor(r() * 6);
    let text: string;
    if (style === 0) {
      text = `Fra: ${name} <${email}>\nSendt: ${dd}. ${months[mm - 1]} 2015 ${hh}:${mi}\nTil: Aina Sofie Brox <aina-sofie.brox@kdu.no>\nEmne: SV: Invitasjon oppstartssamling\n\nHei,\n\nJeg melder meg på samlingen for ${county.organisation}. ${diet}\n\nMed vennlig hilsen\n${name}\nRådgiver\n${county.organisation}\n\nFra: Aina Sofie Brox [mailto:aina-sofie.brox@kdu.no]\nSendt: 28. august 2015 10:44\nTil: Aina Sofie Brox\nEmne: Invitasjon oppstartssamling\n\n${INVITATION}`;
    } else if (style === 1) {
      const h12 = ((t.getUTCHours() + 11) % 12) + 1;
      const ampm = t.getUTCHours() < 12 ? 'AM' : 'PM';
      const colleague = `${pick(FIRST)} ${pick(LAST)}`;
      const cEmail = `${ascii(colleague)}@${county.domains[0] ?? 'example.no'}`;
      text = `From: ${last}, ${first} [mailto:${email}]\nSent: Tuesday, ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][mm - 1]} ${dd}, 2015 ${h12}:${mi} ${ampm}\nTo: Aina Sofie Brox\nSubject: RE: Invitasjon oppstartssamling\n\nHei!\n\nVi melder på ${colleague} (${cEmail}) fra ${county.organisation}. ${colleague.split(' ')[0]} er vegetarianer.\n\nMvh\n${name}\n\n-----Original Message-----\nFrom: Aina Sofie Brox [mailto:aina-sofie.brox@kdu.no]\nSent: Friday, August 28, 2015 10:44 AM\nTo: Aina Sofie Brox\nSubject: Invitasjon oppstartssamling\n\n${INVITATION}`;
    } else if (style === 2) {
      text = `Frå: ${name} <${email}>\nSendt: ${String(dd).padStart(2, '0')}.${String(mm).padStart(2, '0')}.2015 ${hh}:${mi}:07\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\nHei!\n\nEg kjem gjerne frå ${county.organisation}. Eg et ikkje gluten.\n\nVenleg helsing\n${name}\n\nDen fre. 28. aug. 2015 kl. 10:44 skrev Aina Sofie Brox <aina-sofie.brox@kdu.no>:\n\n${INVITATION.split('\n').map((l) => `> ${l}`).join('\n')}`;
    } else if (style === 3) {
      text = `Fra: ${name} <${email}>\nSendt: ${dd}. ${months[mm - 1]} 2015 ${hh}:${mi}\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\nHei,\nJeg må dessverre melde avbud til samlingen.\n\nHilsen ${first}\n${county.organisation}\n`;
    } else if (style === 4) {
      text = `Fra: ${name} <${email}>\nSendt: ${dd}. ${months[mm - 1]} 2015 ${hh}:${mi}\nTil: Aina Sofie Brox\nEmne: SV: Invitasjon\n\nHei! Kan vi sende to personer fra ${county.name}?\n\nMvh ${name}\n`;
    } else {
      text = `Fra: ${name} <${email}>\r\nSendt: ${dd}. ${months[mm - 1]} 2015 ${hh}:${mi}\r\nTil: Aina Sofie Brox\r\nEmne: Automatisk svar: Invitasjon\r\n\r\nJeg er på ferie til og med 14. september og har begrenset tilgang til e-post.\r\n`;
    }
    out.push(text);
  }
  return out.join('\n\n');
}
