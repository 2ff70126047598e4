import { getSession, type Page, pagedList } from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The `theme` control every element story offers. */
export const themeArgTypes = {
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
} as const;

/**
 * The Dark story of an element: dark colours forced with `theme="dark"`,
 * on Storybook's dark background.
 *
 * @return The story.
 */
export function darkStory<A extends { theme: string }>(): StoryObj<A> {
  return {
    args: { theme: 'dark' } as Partial<A>,
    globals: { backgrounds: { value: 'dark' } },
  };
}

/**
 * The Narrow story of an element: its default story in a column.
 *
 * @param meta - The file's default export, whose `render` draws the element.
 * @param width - The column's width in pixels.
 * @return The story.
 */
export function narrowStory<A>(meta: Meta<A>, width: number): StoryObj<A> {
  return {
    render: (args, context) => html`
      <div style="max-width: ${width}px">${meta.render?.(args, context)}</div>
    `,
  };
}

/**
 * Seeds a story session with a paged list (reviews, comments) that loads
 * as `load` says; its writes never settle.
 *
 * @param api - The story-only base URL.
 * @param store - The session's store family, e.g. `reviews`.
 * @param id - The paper id the story names.
 * @param pageSize - The element's default page size.
 * @param load - The first page.
 * @param writes - The store's write methods.
 * @return The paper id.
 */
export function seedList<T>(
  api: string,
  store: string,
  id: string,
  pageSize: number,
  load: () => Promise<Page<T>>,
  writes: readonly string[],
): string {
  const { $state } = pagedList<T>(load);
  const idle = () => new Promise<never>(() => {});
  getSession(api).store(store, `${id}\u0000${pageSize}`, () => ({
    $state,
    reload: async () => {},
    loadMore: async () => {},
    ...Object.fromEntries(writes.map((name) => [name, idle])),
  }));
  return id;
}
