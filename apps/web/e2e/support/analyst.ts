import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What an analyst does in the editor, in the words of the UI: every locator
 * is an accessible name or role, so these tests also hold the UI to being
 * usable with a keyboard and a screen reader.
 */
export class Analyst {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async createFirstAdmin(user: { name: string; email: string; password: string }): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.page.waitForURL(/\/setup/);
    const form = this.page.getByRole('form', { name: 'Create the first admin' });
    await form.getByLabel('Name').fill(user.name);
    await form.getByLabel('Email').fill(user.email);
    await form.getByLabel('Password').fill(user.password);
    await form.getByRole('button', { name: 'Create admin' }).click();
    await this.page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  async createConnection(connection: {
    connector: string;
    name: string;
    /** the authentication variant, for connectors that offer several */
    authentication?: string;
    fields: Record<string, string>;
    secrets: Record<string, string>;
  }): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Connections' }).click();
    await this.page.getByRole('heading', { name: 'Connections', level: 1 }).waitFor();
    await this.page.getByRole('button', { name: 'New connection' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New connection' });
    await dialog.getByLabel('Connector').selectOption({ label: connection.connector });
    await dialog.getByLabel('Name', { exact: true }).fill(connection.name);
    if (connection.authentication) {
      await dialog.getByLabel('Authentication').selectOption({ label: connection.authentication });
    }
    for (const [label, value] of Object.entries({ ...connection.fields, ...connection.secrets })) {
      await dialog.getByLabel(label, { exact: true }).fill(value);
    }
    await dialog.getByRole('button', { name: 'Save connection' }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.page
      .getByRole('row', { name: new RegExp(connection.name) })
      .first()
      .waitFor();
  }

  async createFlow(name: string, slug: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Flows' }).click();
    await this.page.getByRole('button', { name: 'New flow' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New flow' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Slug').fill(slug);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await this.page.waitForURL(`${this.baseUrl}/flows/${slug}`);
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  node(stepId: string): Locator {
    return this.canvas().locator(`[data-step-id="${stepId}"]`);
  }

  canvas(): Locator {
    return this.page.getByRole('region', { name: 'Flow canvas' });
  }

  stepSettings(): Locator {
    return this.page.getByRole('complementary', { name: 'Step settings' });
  }

  /** Adds a step from the palette after `afterId` ("trigger" for the first); returns the new step's settings panel. */
  async addStep(afterId: string, search: string, title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Add step after ${afterId}` }).click();
    const palette = this.page.getByRole('dialog', { name: 'Add a step' });
    await palette.getByRole('searchbox', { name: 'Search steps' }).fill(search);
    await palette.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
    await palette.waitFor({ state: 'detached' });
    const panel = this.stepSettings();
    await panel.waitFor();
    return panel;
  }

  async renameStep(panel: Locator, id: string): Promise<void> {
    await panel.getByLabel('Step id').fill(id);
    await panel.getByLabel('Step id').press('Tab');
    await this.node(id).waitFor();
  }

  /** Switches a form field to an expression and types it (without the leading "="). */
  async setExpression(panel: Locator, field: string, expression: string): Promise<void> {
    await panel.getByRole('button', { name: `Use expression for ${field}`, exact: true }).click();
    const editor = panel.getByRole('textbox', { name: `${field} expression`, exact: true });
    await editor.click();
    await editor.fill(expression);
    await editor.press('Escape'); // closes an open completion list, nothing else
  }

  async waitUntilSaved(): Promise<void> {
    const status = this.page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved)/ });
    await expect.poll(() => status.first().textContent(), { timeout: 15_000 }).toBe('Saved');
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
