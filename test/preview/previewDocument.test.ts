// The справка in the preview: «Сформировать справку» run by the built Code.js against the sample
// workbooks gives a Doc the page can show element by element, and a dialog over the page.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../dev/preview/documentView';
import { PreviewSession } from '../../dev/preview/session';
import { MUNICIPAL_SAMPLE } from '../../dev/sample/municipalWorkbook';
import { SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';
import { distHtmlLoader, readDist } from '../bundle/builtArtefact';

const code = readDist('Code.js');

function session(): PreviewSession {
  return new PreviewSession([SCHOOL_SAMPLE, MUNICIPAL_SAMPLE], () => code, distHtmlLoader);
}

describe('the справка in the preview', () => {
  it.each([
    ['school', 'МБОУ СОШ № 2'],
    ['municipal', 'Заречный муниципальный район'],
  ])(
    'the %s sample: the Doc is listed, readable element by element, and its link is in a dialog',
    (id, subject) => {
      const s = session();
      s.switchTo(id);
      s.runMenu('menuOpenDashboard');
      const sidebar = s.state().sidebar;

      expect(s.runMenu('menuBuildReport').ok).toBe(true);

      const state = s.state();
      expect(state.documents).toHaveLength(1);
      const summary = state.documents[0]!;
      expect(summary.name).toContain(subject);
      // The dialog opens over the page; the dashboard stays where it was.
      expect(state.dialog).toMatchObject({ title: 'Аналитическая справка готова' });
      expect(state.sidebar).toEqual(sidebar);
      expect(s.dialogHtml()).toContain(summary.url);

      const view = s.document(summary.id)!;
      expect(view.elements[0]).toMatchObject({
        kind: 'paragraph',
        text: 'ЧЕРНОВИК — проверьте и утвердите',
        bold: true,
      });
      expect(view.elements.some((e) => e.kind === 'paragraph' && e.heading === 'HEADING1')).toBe(true);
      expect(view.elements.filter((e) => e.kind === 'table').length).toBeGreaterThan(0);
      const image = view.elements.find((e) => e.kind === 'image');
      if (image?.kind === 'image') {
        expect(image.altDescription.length).toBeGreaterThan(20);
        expect(image.chart?.threshold).toBe(30);
        expect(image.chart?.series.every((series) => !series.name.startsWith('Порог'))).toBe(true);
      }
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      s.closeDialog();
      expect(s.state().dialog).toBeNull();
    },
  );

  it('numbers list items as Docs does: one list continues, another starts again at 1', () => {
    const s = session();
    s.runMenu('menuBuildReport');
    const document = s.globals.documentApp.documents[0]!;
    const view = documentView(document);
    const numbered = view.elements.filter((e) => e.kind === 'listItem' && e.numbered);
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered[0]).toMatchObject({ number: 1 });
  });
});
