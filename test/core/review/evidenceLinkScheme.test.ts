// Acceptance (issue 13): a Drive link pasted without its scheme is still a Drive file. Sheets shows
// «drive.google.com/file/d/…» as a link and opens it; calling it «Ссылка не на файл Google Диска»
// would send the curator after a school that did everything right.
import { describe, expect, it } from 'vitest';
import { parseEvidenceLink } from '../../../src/core/review/evidenceLink';

describe('parseEvidenceLink without a scheme', () => {
  const cases: readonly [string, ReturnType<typeof parseEvidenceLink>][] = [
    ['drive.google.com/file/d/1AbCdEfGhIjK_lm-no/view', { kind: 'drive', id: '1AbCdEfGhIjK_lm-no' }],
    ['docs.google.com/document/d/1DocumentId12345/edit', { kind: 'drive', id: '1DocumentId12345' }],
    ['Протокол: drive.google.com/open?id=1OpenIdLink123456', { kind: 'drive', id: '1OpenIdLink123456' }],
    // The host must be Google's own, not the tail of another name or a path on another site.
    ['xdrive.google.com/file/d/1Lookalike123456', { kind: 'notDrive' }],
    ['evil.example/drive.google.com/file/d/1Lookalike123456', { kind: 'notDrive' }],
    ['mail.drive.google.com/file/d/1Lookalike123456', { kind: 'notDrive' }],
    ['drive.google.com.evil.example/file/d/1Lookalike123456', { kind: 'notDrive' }],
  ];
  for (const [cell, expected] of cases) {
    it(`reads ${JSON.stringify(cell)}`, () => {
      expect(parseEvidenceLink(cell)).toEqual(expected);
    });
  }
});
