import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { PaperCard } from '../paper-card/paper-card.js';
import { de } from './de.js';
import { researchMapMessages } from '../research-map/messages.js';
import { common } from './en.js';
import { account } from './en-account.js';
import { detail } from './en-detail.js';
import { feedback } from './en-feedback.js';
import { reactions } from './en-reactions.js';
import { registerLocale } from './index.js';

const en = {
  ...common,
  account,
  detail,
  feedback,
  reactions,
  researchMap: researchMapMessages,
};

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';
const RLHF = 'arxiv:2204.05862';

function text(card: PaperCard, part: string): string {
  const node = card.shadowRoot?.querySelector(`[part~="${part}"]`);
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function ready(card: PaperCard): Promise<void> {
  await waitUntil(
    () => text(card, 'title') !== '',
    'the card never showed its paper',
    { timeout: 4000 },
  );
}

describe('German locale', () => {
  before(() => registerLocale('de', de));

  it('shows German labels under lang="de" while a card outside stays English', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <div lang="de">
          <paper-card id="de" api=${api} paper-id=${RLHF}></paper-card>
        </div>
        <paper-card id="en" api=${api} paper-id=${RLHF}></paper-card>
      </div>
    `);
    const german = page.querySelector<PaperCard>('#de') as PaperCard;
    const english = page.querySelector<PaperCard>('#en') as PaperCard;
    await ready(german);
    await ready(english);

    expect(text(german, 'type')).to.equal('Preprint');
    expect(text(german, 'code')).to.equal('Kein Code');
    expect(text(german, 'dataset')).to.equal('Kein Datensatz');
    expect(text(german, 'citations')).to.match(/^[\d.]+ Zitation(en)?$/);
    expect(text(german, 'authors')).to.contain('u. a.');
    expect(text(german, 'abstract-toggle')).to.equal('Mehr anzeigen');

    expect(text(english, 'code')).to.equal('No code');
    expect(text(english, 'citations')).to.match(/citations?$/);
    expect(text(english, 'abstract-toggle')).to.equal('Show more');
  });

  it('switches a card to German when it moves under lang="de-AT"', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <section lang="de-AT"></section>
        <paper-card api=${api} paper-id=${RLHF}></paper-card>
      </div>
    `);
    const card = page.querySelector<PaperCard>('paper-card') as PaperCard;
    await ready(card);
    expect(text(card, 'abstract-toggle')).to.equal('Show more');

    page.querySelector('section')?.append(card);
    card.requestUpdate();
    await card.updateComplete;
    expect(text(card, 'abstract-toggle')).to.equal('Mehr anzeigen');
  });

  it('translates every message English has', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner && typeof inner === 'object' && !Array.isArray(inner)
          ? keys(inner).map((sub) => `${key}.${sub}`)
          : [key],
      );
    expect(keys(de).sort()).to.deep.equal(keys(en).sort());
    expect(de.feedback.ratingScale).to.have.length(
      en.feedback.ratingScale.length,
    );
    expect(de.reactions.likes(1234)).to.contain('1.234');
  });
});
