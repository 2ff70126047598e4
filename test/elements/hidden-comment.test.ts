import { getSession } from '@paperframe/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/define.js';

const realApi = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';
const api = 'http://hidden-comment.invalid';
const at = '2026-11-02T09:30:00.000Z';

/** What the server sends a reader for a hidden comment that has a reply. */
const thread = {
  items: [
    {
      id: 'cmt_hidden',
      paperId: 'pf:w4223908421',
      author: { id: 'hidden', name: '' },
      kind: 'note',
      body: '',
      parentId: null,
      hidden: true,
      placeholder: true,
      createdAt: at,
      updatedAt: at,
      replies: [
        {
          id: 'cmt_reply',
          paperId: 'pf:w4223908421',
          author: { id: 'usr_b', name: 'Bea Replier' },
          kind: 'replication',
          body: 'The replication code is public.',
          parentId: 'cmt_hidden',
          replies: [],
          createdAt: at,
          updatedAt: at,
        },
      ],
    },
  ],
  nextCursor: null,
};

// The thread comes from this stand-in; everything else from the real server.
getSession(api, {
  fetch: async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.endsWith('/comments')) {
      return new Response(JSON.stringify(thread), {
        headers: { 'content-type': 'application/json' },
      });
    }
    return fetch(`${realApi}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
    });
  },
});

describe('<paper-discussion> and a comment a moderator hid', () => {
  it('shows a placeholder with the replies readers may still see, and no actions on it', async () => {
    const el = await fixture(
      html`<paper-discussion api=${api} paper-id="arxiv:2204.05862"></paper-discussion>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    await waitUntil(
      () => root.querySelector('[part~="placeholder"]'),
      'no placeholder was shown',
      { timeout: 5000 },
    );

    const hidden = root.querySelector('[data-comment-id="cmt_hidden"]')!;
    const placeholder = hidden.querySelector('[part~="placeholder"]');
    expect(placeholder?.textContent?.trim()).to.equal(
      'This comment was hidden by a moderator.',
    );
    expect(
      hidden.querySelector(':scope > article > [part~="actions"]'),
    ).to.equal(null);
    const reply = hidden.querySelector('[data-comment-id="cmt_reply"]');
    expect(reply?.textContent).to.contain('The replication code is public.');
    expect(reply?.textContent).to.contain('Bea Replier');
  });
});
