// An .eml file Outlook (and Thunderbird, Apple Mail) opens as an unsent draft: RFC 5322 headers
// with `X-Unsent: 1`, RFC 2047 encoded words for non-ASCII headers and a quoted-printable
// UTF-8 body, so æøå survive any mail program and no line is longer than 76 characters.

const CRLF = '\r\n';

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

/** RFC 2047 'B' encoded words of at most 75 characters, never splitting a character. */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // 39 bytes of UTF-8 become 52 base64 characters: with '=?UTF-8?B?' and '?=' that is 64, so even
    // after 'Subject: ' a line stays within the 78 characters RFC 5322 asks for.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

/** A header line, encoded when it is not plain ASCII and folded between encoded words. */
export function header(name: string, value: string): string {
  if (isAscii(value) && name.length + value.length + 2 <= 998) return `${name}: ${value}`;
  return `${name}: ${encodeWords(value).join(`${CRLF} `)}`;
}

/** "Kari Øvre" <kari@x.no>, with the name encoded when needed. */
export function address(name: string | null, email: string): string {
  if (!name) return email;
  if (isAscii(name)) return `"${name.replace(/["\\]/g, '')}" <${email}>`;
  return `${encodeWords(name).join(' ')} <${email}>`;
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text, with CRLF line ends and soft breaks. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      const printable = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      tokens.push(printable ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    });
    let current = '';
    for (const t of tokens) {
      // 75 characters plus the soft-break '=' keeps every line within 76.
      if (current.length + t.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += t;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

export interface EmlInput {
  to: { name: string | null; email: string }[];
  from?: { name: string | null; email: string } | null;
  subject: string;
  body: string;
  date: Date;
}

export function buildEml(m: EmlInput): string {
  const lines = [
    'X-Unsent: 1',
    ...(m.from ? [`From: ${address(m.from.name, m.from.email)}`] : []),
    `To: ${m.to.map((t) => address(t.name, t.email)).join(',\r\n ')}`,
    header('Subject', m.subject),
    `Date: ${m.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(m.body),
    '',
  ];
  return lines.join(CRLF);
}

/** 'Påminnelse – Kari Øvre.eml' with anything a file system dislikes taken out. */
export function emlFileName(title: string): string {
  const clean = title
    .replace(/[\\/:*?"<>|\x00-\x1f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${clean || 'Utkast'}.eml`;
}
