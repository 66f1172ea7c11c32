/** Times in Samling are wall-clock times in Europe/Oslo, stored as 'YYYY-MM-DDTHH:MM:SS'. */
export const TIME_ZONE = 'Europe/Oslo';

const wallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function osloWallTime(date: Date = new Date()): string {
  const parts = Object.fromEntries(wallFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A sign-up is late when it is received after the deadline day has ended (Oslo time). */
export function isLate(receivedAt: string, deadline: string | null): boolean {
  if (!deadline) return false;
  return receivedAt.slice(0, 10) > deadline;
}

/** 'YYYY-MM-DD…' → '24.09.2015' */
export function formatDateNb(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** 'YYYY-MM-DDTHH:MM…' → '10:00' */
export function formatTimeNb(iso: string | null | undefined): string {
  if (!iso || iso.length < 16) return '';
  return iso.slice(11, 16);
}
