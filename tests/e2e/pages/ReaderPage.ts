// Page object for reading and tagging: select a phrase with the mouse, tag it, edit the
// annotation in the details pane.
import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './WorkbenchPage';

const COMBOBOX_FIELDS = new Set(['Actor', 'Target', 'Kind', 'Date precision', 'Credibility', 'Link type', 'Linked annotation']);

export class ReaderPage {
  readonly page: Page;
  readonly tagToolbar: Locator;
  readonly annotationList: Locator;
  readonly editor: Locator;

  constructor(readonly workbench: WorkbenchPage) {
    this.page = workbench.page;
    this.tagToolbar = this.page.getByRole('toolbar', { name: 'Tag selection' });
    this.annotationList = workbench.details.getByRole('list', { name: 'Annotations' });
    this.editor = workbench.details.getByRole('region', { name: /annotation$/ });
  }

  /** Drags the mouse across the `occurrence`-th appearance of `phrase`, as an analyst selects it. */
  async selectPhrase(phrase: string, occurrence = 0): Promise<void> {
    const points = await this.page.evaluate(
      ({ phrase, occurrence }) => {
        const root = document.querySelector('[aria-label="Article text"]');
        if (!root) throw new Error('no article');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          let index = node.data.indexOf(phrase);
          while (index !== -1) {
            if (seen++ === occurrence) {
              node.parentElement?.scrollIntoView({ block: 'center' });
              const rectOf = (offset: number): DOMRect => {
                const range = document.createRange();
                range.setStart(node, offset);
                range.setEnd(node, offset + 1);
                return range.getClientRects()[0] ?? range.getBoundingClientRect();
              };
              const first = rectOf(index);
              const last = rectOf(index + phrase.length - 1);
              // A right-to-left phrase (Persian, Arabic) starts at its first letter's right edge.
              const rtl = node.parentElement ? getComputedStyle(node.parentElement).direction === 'rtl' : false;
              return {
                x1: rtl ? first.right - 1 : first.left + 1,
                y1: first.top + first.height / 2,
                x2: rtl ? last.left + 1 : last.right - 1,
                y2: last.top + last.height / 2,
              };
            }
            index = node.data.indexOf(phrase, index + 1);
          }
        }
        throw new Error(`phrase not found: ${phrase}`);
      },
      { phrase, occurrence },
    );
    await this.page.mouse.move(points.x1, points.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
    await this.page.mouse.move(points.x2, points.y2, { steps: 4 });
    await this.page.mouse.up();
    await expect.poll(() => this.page.evaluate(() => document.getSelection()?.toString())).toBe(phrase);
  }

  /** Clicks on a phrase without selecting (hit-testing highlights). */
  async clickPhrase(phrase: string, button: 'left' | 'right' = 'left'): Promise<void> {
    // Scrolled into view, paragraphs around it are laid out for real (the reader lays out the
    // rest of a long article in the background) and may move it: click once it stays put.
    const point = await this.page.evaluate(async (phrase) => {
      const root = document.querySelector('[aria-label="Article text"]');
      const find = (): Range => {
        const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const index = node.data.indexOf(phrase);
          if (index === -1) continue;
          const range = document.createRange();
          range.setStart(node, index + Math.floor(phrase.length / 2));
          range.setEnd(node, index + Math.floor(phrase.length / 2) + 1);
          return range;
        }
        throw new Error(`phrase not found: ${phrase}`);
      };
      const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      find().startContainer.parentElement?.scrollIntoView({ block: 'center' });
      let rect = find().getBoundingClientRect();
      for (let frames = 0; frames < 30; frames += 1) {
        await frame();
        const next = find().getBoundingClientRect();
        if (next.top === rect.top && next.left === rect.left && frames >= 2) break;
        rect = next;
      }
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, phrase);
    await this.page.mouse.click(point.x, point.y, { button });
  }

  listItem(quote: string | RegExp): Locator {
    return this.annotationList.getByRole('button', { name: quote });
  }

  /** The number of ranges painted for each highlight kind. */
  async paintedRanges(): Promise<Record<string, number>> {
    return this.page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const name of ['dw-claim', 'dw-denial', 'dw-action', 'dw-selected']) counts[name] = CSS.highlights.get(name)?.size ?? 0;
      return counts;
    });
  }

  /** The text each painted range of a highlight covers. */
  async paintedTexts(name: string): Promise<string[]> {
    return this.page.evaluate((name) => {
      const texts: string[] = [];
      for (const range of CSS.highlights.get(name) ?? []) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.push(live.toString());
      }
      return texts;
    }, name);
  }

  field(label: string): Locator {
    const role = COMBOBOX_FIELDS.has(label) ? 'combobox' : 'textbox';
    return this.editor.getByRole(role, { name: label, exact: true });
  }

  /** The link picker's listbox of annotations to link to. */
  get linkTargets(): Locator {
    return this.editor.getByRole('listbox', { name: 'Linked annotation' });
  }

  /**
   * Chooses the annotation to link to as a keyboard user does: types words of its quote, article,
   * actor or kind into the "Linked annotation" combobox, expects them to name one annotation,
   * and takes it with ArrowDown and Enter.
   */
  async chooseLinkTarget(words: string): Promise<void> {
    const picker = this.field('Linked annotation');
    await picker.fill(words);
    await expect(this.linkTargets.getByRole('option')).toHaveCount(1);
    await picker.press('ArrowDown');
    await expect(this.linkTargets.getByRole('option', { selected: true })).toHaveCount(1);
    await picker.press('Enter');
    await expect(this.linkTargets.getByRole('option')).toHaveCount(0);
    await expect(this.editor.getByRole('button', { name: 'Add link' })).toBeEnabled();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.field(label).press('Tab');
  }
}
