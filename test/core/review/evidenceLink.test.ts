import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentUrl,
  parseEvidenceLink,
  rebuildDocumentUrl,
  rebuildRowUrl,
  rowOfUrl,
  rowUrl,
} from '../../../src/core/review/evidenceLink';

describe('parseEvidenceLink', () => {
  const cases: readonly [unknown, ReturnType<typeof parseEvidenceLink>][] = [
    ['', { kind: 'none' }],
    ['   ', { kind: 'none' }],
    [false, { kind: 'none' }],
    [
      'https://drive.google.com/file/d/1AbCdEfGhIjK_lm-no/view?usp=sharing',
      { kind: 'drive', id: '1AbCdEfGhIjK_lm-no' },
    ],
    ['https://docs.google.com/document/d/1DocumentId12345/edit', { kind: 'drive', id: '1DocumentId12345' }],
    ['https://drive.google.com/open?id=1OpenIdLink123456', { kind: 'drive', id: '1OpenIdLink123456' }],
    ['https://drive.google.com/drive/folders/1FolderOfProofs99', { kind: 'drive', id: '1FolderOfProofs99' }],
    [
      'Протокол № 3: https://drive.google.com/file/d/1ProtocolNumber3x/view',
      { kind: 'drive', id: '1ProtocolNumber3x' },
    ],
    // Seed 001_…: «Вид отчетного документа» — a school often writes the document's name, not a link.
    ['Протокол педсовета', { kind: 'notDrive' }],
    ['https://school7.edu.ru/file/d/1NotGoogleAtAll12/view', { kind: 'notDrive' }],
    ['https://drive.google.com.evil.example/file/d/1Lookalike123456', { kind: 'notDrive' }],
    ['protocol_2024_final', { kind: 'notDrive' }],
    ['https://drive.google.com/drive/my-drive', { kind: 'notDrive' }],
  ];
  for (const [cell, expected] of cases) {
    it(`reads ${JSON.stringify(cell)}`, () => {
      expect(parseEvidenceLink(cell as string)).toEqual(expected);
    });
  }

  it('never lets anything but id characters into a Drive id, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const link = parseEvidenceLink(`${before}https://drive.google.com/file/d/${after}`);
        if (link.kind === 'drive') expect(link.id).toMatch(/^[A-Za-z0-9_-]{10,}$/);
      }),
    );
  });

  it('rebuilds the addresses from ids only', () => {
    expect(documentUrl('1AbCdEfGhIjK')).toBe('https://drive.google.com/open?id=1AbCdEfGhIjK');
    expect(rowUrl('1SchoolFile123', 987654, 12)).toBe(
      'https://docs.google.com/spreadsheets/d/1SchoolFile123/edit#gid=987654&range=A12',
    );
    expect(rowUrl('1SchoolFile123', null, 12)).toBe(
      'https://docs.google.com/spreadsheets/d/1SchoolFile123/edit',
    );
    expect(rowOfUrl(rowUrl('1SchoolFile123', 0, 7))).toBe(7);
    expect(rowOfUrl('https://docs.google.com/spreadsheets/d/1SchoolFile123/edit')).toBeNull();
  });

  it('rebuilds a link read back from the sheet from the ids it names, whatever else the cell holds', () => {
    const row = rowUrl('1SchoolFile123', 42, 5);
    expect(rebuildRowUrl(row)).toBe(row);
    expect(rebuildRowUrl(`${row}"><script>`)).toBe(row);
    expect(rebuildRowUrl('https://docs.google.com/spreadsheets/d/1SchoolFile123/edit')).toBe(
      'https://docs.google.com/spreadsheets/d/1SchoolFile123/edit',
    );
    expect(rebuildRowUrl('javascript:alert(1)')).toBeNull();
    expect(rebuildRowUrl('')).toBeNull();
    expect(rebuildDocumentUrl('https://drive.google.com/open?id=1TrashedDoc000001')).toBe(
      'https://drive.google.com/open?id=1TrashedDoc000001',
    );
    expect(rebuildDocumentUrl('https://evil.example/file/d/1TrashedDoc000001')).toBeNull();
  });
});
