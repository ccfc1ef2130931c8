/**
 * Clues in a report's text about where it comes from: the postal code and
 * telephone area codes of the contact line, website and e-mail domains, and
 * the text itself (for names of parent divisions mentioned in it).
 */
import { provinceOfAreaCode, provinceOfPostalCode } from './codes.ts';
import { compactText } from './names.ts';

export interface CodeClue {
  /** The code as printed (750100, 0951). */
  code: string;
  /** Province code it points to, null when the zone is unknown. */
  province: string | null;
}

export interface TextClues {
  /** NFKC text with all whitespace removed (pdftotext breaks words across lines). */
  compact: string;
  postalCodes: CodeClue[];
  areaCodes: CodeClue[];
  /** Host labels under gov.cn, without www (nxyn, huaian, nx). */
  govLabels: string[];
}

const postalPattern = /(?:邮编|邮政编码)[:：]?(\d{6})(?!\d)/g;
// An area code followed by a separator and a 7–8 digit number: 0951—8021996, (0517)87222589.
const phonePattern = /(?<!\d)[(（]?(0\d{2,3})[)）]?[-—–－―]?(\d{7,8})(?!\d)/g;
// Start only at a host boundary, so a long run of letters (a base64 blob) is scanned once, not from every letter.
const govHostPattern = /(?<![a-z0-9.-])((?:[a-z0-9-]+\.)+)gov\.cn/gi;

/** Area code of a phone number: 3 digits for 010 and 02x, 4 otherwise. */
function areaCodeOf(raw: string): string | null {
  if (/^0[12]/.test(raw)) return raw.slice(0, 3);
  return raw.length === 4 ? raw : null;
}

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

export function extractClues(text: string): TextClues {
  const compact = compactText(text);

  const postalCodes = unique(
    [...compact.matchAll(postalPattern)].map((m) => ({ code: m[1], province: provinceOfPostalCode(m[1]) })),
    (c) => c.code,
  );

  const areaCodes: CodeClue[] = [];
  for (const m of compact.matchAll(phonePattern)) {
    // A bare 11+ digit run is a mobile or an id, not a landline; require a separator or brackets.
    const separated = m[0].length > m[1].length + m[2].length;
    if (!separated) continue;
    const code = areaCodeOf(m[1]);
    if (code) areaCodes.push({ code, province: provinceOfAreaCode(code) });
  }

  const govLabels = unique(
    [...compact.matchAll(govHostPattern)].flatMap((m) =>
      m[1]
        .toLowerCase()
        .split('.')
        .filter((l) => l && l !== 'www' && !/^\d+$/.test(l)),
    ),
    (l) => l,
  );

  return { compact, postalCodes, areaCodes: unique(areaCodes, (c) => c.code), govLabels };
}
