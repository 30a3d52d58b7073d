// The preview page as a user drives it: the add-on menu as buttons, the workbook's sheets as
// tables, and the sidebar in an iframe whose google.script.run calls reach the built Code.js.
import type { FrameLocator, Locator, Page } from 'playwright-core';

export class PreviewPage {
  constructor(readonly page: Page) {}

  get sidebar(): FrameLocator {
    return this.page.frameLocator('[data-testid="sidebar-frame"]');
  }

  /** The sidebar's root once its first RPC has been answered and drawn. */
  sidebarLoaded(): Locator {
    return this.sidebar.locator('main#app[data-loaded="true"][aria-busy="false"]');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('[data-testid="menu-menuOpenDashboard"]').waitFor();
  }

  /**
   * Switches the page to another sample workbook and waits until the server has answered: a menu
   * click sent before that could still run in the previous workbook.
   */
  async switchWorkbook(id: string): Promise<void> {
    await this.page.locator(`[data-testid="workbook-${id}"]`).click();
    await this.page.locator(`[data-testid="workbook-${id}"][aria-pressed="true"]`).waitFor();
  }

  async clickMenu(functionName: string): Promise<void> {
    await this.page.locator(`[data-testid="menu-${functionName}"]`).click();
  }

  /** Clicks a sidebar button and waits until the action ran and the view was drawn again. */
  async runFromSidebar(action: string): Promise<string> {
    const root = this.sidebar.locator('main#app');
    const done = Number((await root.getAttribute('data-actions-done')) ?? 0);
    await this.sidebar.locator(`[data-action="${action}"]`).click();
    await this.sidebar.locator(`main#app[data-actions-done="${done + 1}"]`).waitFor();
    return (await this.sidebar.locator('#status').textContent()) ?? '';
  }

  /** How long the sidebar took from its navigation to the first data on screen, in ms. */
  async firstRenderMs(): Promise<number> {
    const html = this.sidebar.locator('html[data-first-render-ms]');
    await html.waitFor({ state: 'attached' });
    return Number(await html.getAttribute('data-first-render-ms'));
  }

  sheetTab(name: string): Locator {
    return this.page.locator(`[data-testid="tab-${name}"]`);
  }

  selectedRow(): Locator {
    return this.page.locator('#sheet-table tr.selected-row');
  }
}
