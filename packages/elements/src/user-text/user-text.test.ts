import { expect, fixture, html } from '@open-wc/testing';
import { linkify, userText } from './user-text.js';

describe('userText', () => {
  it('keeps a direction override out of a link and the link left-to-right', async () => {
    const body =
      'see https://evil.example/\u202Egnp.exe and (https://paren.example/x)';
    const el = await fixture<HTMLDivElement>(
      html`<div>${userText(body)}</div>`,
    );
    const links = [...el.querySelectorAll('a')];

    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://evil.example/',
      'https://paren.example/x',
    ]);
    for (const link of links) {
      expect(link.textContent).to.not.match(/[\u202a-\u202e\u2066-\u2069]/);
      expect(link.parentElement?.localName).to.equal('bdi');
      expect(link.parentElement?.getAttribute('dir')).to.equal('ltr');
      expect(link.getAttribute('rel')).to.equal('nofollow ugc noopener');
    }
  });

  it('makes only http(s) addresses into links', () => {
    const pieces = linkify(
      'javascript:alert(1) data:text/html,x https://ok.example',
    );
    expect(
      pieces.filter((piece) => piece.href).map((p) => p.href),
    ).to.deep.equal(['https://ok.example/']);
  });
});
