import {
  auth,
  type Collection,
  collections,
  type ReactionKind,
  type Reactions,
  type ReactionsStore,
  type ResourceState,
  reactionKinds,
  reactions,
  type UserState,
  type Vote,
} from '@paperframe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StoreController } from '../controllers/store-controller.js';
import { PaperReactionChangeEvent } from '../events/paper-reaction-change.js';
import { PaperSaveChangeEvent } from '../events/paper-save-change.js';
import { msg, provideEnglish } from '../i18n/index.js';
import { missingPaperText } from '../missing-paper.js';
import { requestSignIn } from '../paper-account/sign-in.js';
import { PaperframeElement } from '../paperframe-element.js';
import { renderRetry } from '../retry-button.js';
import { shared, tokens } from '../styles/tokens.js';
import { describeFailure } from './failure.js';
import { styles } from './paper-reactions.styles.js';
import { reactions as reactionsEnglish } from '../i18n/en-reactions.js';

provideEnglish({ reactions: reactionsEnglish });

type Mine = NonNullable<Reactions['mine']>;

/**
 * What the reader started. `resumed` is true when it runs after sign-in,
 * so a toggle sets rather than flips: a reader who liked the paper on an
 * earlier visit does not unlike it by clicking Like while signed out.
 */
type Intent = (store: ReactionsStore, mine: Mine, resumed: boolean) => void;

let nextId = 0;

/**
 * Likes, dislikes, saves and specific reactions for one paper: the fast
 * social read. Counts show to everyone; acting while signed out asks the
 * reader to log in and completes the action afterwards. Changes show at
 * once and are undone, with the reason in words, when the server refuses
 * them. Every element showing the same paper, and the paper's card, stay
 * in step.
 *
 * @summary The fast social read of a paper.
 *
 * @fires {PaperReactionChangeEvent} paper-reaction-change - The server accepted a new vote or set of specific reactions.
 * @fires {PaperSaveChangeEvent} paper-save-change - The server accepted saving the paper into a collection or removing it.
 * @fires {PaperLoginRequestEvent} paper-login-request - A signed-out reader tried to act; cancel it to run the host's own sign-in.
 * @slot signed-out - Replaces the "Log in to curate" button shown to signed-out readers.
 * @csspart base - The box, in every state; `data-state` is loading, error, not-found, empty or ready.
 * @csspart actions - The row of like, dislike and save buttons.
 * @csspart vote-button - Each of like and dislike; also `like-button` or `dislike-button`.
 * @csspart save-button - Shows whether the paper is saved and opens the collections picker.
 * @csspart count - The number on a button or chip.
 * @csspart saved-in - The names of the collections the paper is in.
 * @csspart collections - The collections picker.
 * @csspart collection - One collection's checkbox and name.
 * @csspart new-collection - The form that creates a collection and saves into it.
 * @csspart collection-input - The new collection's name field.
 * @csspart create-button - Creates the collection.
 * @csspart kinds - The specific reactions row.
 * @csspart kind-chip - A specific reaction with its count; pressed when the reader chose it.
 * @csspart add-kind-button - Opens the "Add specific reaction" picker.
 * @csspart kind-picker - The list of specific reactions to add.
 * @csspart kind-option - One reaction in the picker.
 * @csspart signed-out - The "Log in to curate" area.
 * @csspart login-button - The "Log in to curate" button.
 * @csspart notice - Why sign-in did not open or finish.
 * @csspart status - Says a change is being saved.
 * @csspart error - Why the last change was undone, or why loading failed.
 * @csspart retry-button - Loads the reactions again after an error.
 * @cssproperty [--pf-reactions-gap=0.5em] - Space between buttons and chips.
 * @cssproperty [--pf-color-accent=#1d4ed8] - Colour of pressed buttons.
 * @cssproperty [--pf-color-danger=#b42318] - Colour of error messages.
 */
export class PaperReactions extends PaperframeElement {
  static override styles = [tokens, shared, styles];

  private readonly reactions = new StoreController<ResourceState<Reactions>>(
    this,
  );
  private readonly pending = new StoreController<boolean>(this);
  private readonly vocabulary = new StoreController<
    ResourceState<ReactionKind[]>
  >(this);
  private readonly user = new StoreController<UserState>(this);
  private readonly collectionList = new StoreController<
    ResourceState<Collection[]>
  >(this);

  @state() private open: 'collections' | 'kinds' | null = null;
  @state() private failure?: string;
  @state() private notice?: string;

  private readonly uid = `pf-reactions-${++nextId}`;
  private store: ReactionsStore | undefined;
  private waiting: { intent: Intent } | undefined;

  protected override willUpdate(): void {
    const id = this.resolvedPaperId;
    const session = this.session;

    this.store = id ? reactions(session, id) : undefined;
    this.reactions.store = this.store;
    this.pending.store = this.store?.$pending;
    this.vocabulary.store = reactionKinds(session);
    this.user.store = auth(session).$user;
    this.collectionList.store =
      this.user.value?.status === 'signed-in'
        ? collections(session)
        : undefined;
  }

  protected override updated(): void {
    const mine = this.mine;
    if (!this.waiting || !mine || !this.store) return;

    const { intent } = this.waiting;
    this.waiting = undefined;
    this.notice = undefined;
    intent(this.store, mine, true);
  }

  private get data(): Reactions | undefined {
    const value = this.reactions.value;
    return value?.status === 'ready' ? value.data : undefined;
  }

  private get mine(): Mine | undefined {
    return this.data?.mine ?? undefined;
  }

  override render(): TemplateResult {
    if (!this.resolvedPaperId) {
      return html`<div part="base" data-state="empty">
        <p>${msg().noPaperId}</p>
      </div>`;
    }

    const value = this.reactions.value;
    switch (value?.status) {
      case 'ready':
        return this.renderReady(value.data);
      case 'error':
        return this.renderError();
      case 'not-found':
        return html`<div part="base" data-state="not-found">
          <p role="status">
            ${missingPaperText(value.reason, this.resolvedPaperId).title}
          </p>
        </div>`;
      default:
        return html`<div part="base" data-state="loading" aria-busy="true">
          <span class="visually-hidden" role="status">
            ${msg().reactions.loading}
          </span>
          <div class="skeleton bar" aria-hidden="true"></div>
        </div>`;
    }
  }

  private renderError(): TemplateResult {
    return html`
      <div part="base" data-state="error">
        <p part="error" role="alert">${msg().reactions.errorTitle}</p>
        ${renderRetry(() => this.store?.reload())}
      </div>
    `;
  }

  private renderReady(data: Reactions): TemplateResult {
    const pending = this.pending.value === true;

    return html`
      <section
        part="base"
        data-state="ready"
        aria-label=${msg().reactions.label}
        aria-busy=${pending ? 'true' : 'false'}
        @keydown=${this.handleKeydown}
      >
        <div part="actions">
          ${this.renderVote('like', data)} ${this.renderVote('dislike', data)}
          ${this.renderSave(data)}
        </div>
        ${this.renderSavedIn(data.mine)}
        ${
          this.open === 'collections' && data.mine
            ? this.renderCollections(data.mine)
            : nothing
        }
        ${this.renderKinds(data)}
        ${
          this.open === 'kinds' && data.mine
            ? this.renderKindPicker(data.mine)
            : nothing
        }
        ${this.renderSignedOut(data)}
        <p part="status" role="status">
          ${pending ? msg().reactions.pending : nothing}
        </p>
        <p part="error" role="alert">${this.failure ?? nothing}</p>
      </section>
    `;
  }

  private renderVote(
    vote: 'like' | 'dislike',
    data: Reactions,
  ): TemplateResult {
    const pressed = data.mine?.vote === vote;
    const n = vote === 'like' ? data.counts.likes : data.counts.dislikes;
    const label =
      vote === 'like' ? msg().reactions.like : msg().reactions.dislike;

    return html`
      <button
        part="vote-button ${vote}-button"
        class="button toggle"
        type="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => this.handleVote(vote)}
      >
        <span>${label}</span>
        <span part="count">${n.toLocaleString('en')}</span>
      </button>
    `;
  }

  private renderSave(data: Reactions): TemplateResult {
    const saved = (data.mine?.collections.length ?? 0) > 0;

    return html`
      <button
        part="save-button"
        class="button toggle"
        type="button"
        aria-pressed=${saved ? 'true' : 'false'}
        aria-expanded=${this.open === 'collections' ? 'true' : 'false'}
        aria-controls=${`${this.uid}-collections`}
        @click=${this.handleSave}
      >
        <span>${saved ? msg().reactions.saved : msg().reactions.save}</span>
        <span part="count">${data.counts.saves.toLocaleString('en')}</span>
      </button>
    `;
  }

  private renderSavedIn(
    mine: Reactions['mine'],
  ): TemplateResult | typeof nothing {
    if (!mine || mine.collections.length === 0) return nothing;

    const names = mine.collections
      .map((id) => this.collectionName(id))
      .filter((name): name is string => Boolean(name));
    if (names.length === 0) return nothing;

    return html`<p part="saved-in">
      ${msg().reactions.savedIn}: ${names.join(', ')}
    </p>`;
  }

  private renderCollections(mine: Mine): TemplateResult {
    const list = this.pickerCollections(mine);

    return html`
      <div part="collections" id=${`${this.uid}-collections`}>
        <fieldset>
          <legend>${msg().reactions.collections}</legend>
          ${list.map(
            (collection) => html`
              <label part="collection">
                <input
                  type="checkbox"
                  .checked=${mine.collections.includes(collection.id)}
                  @change=${(event: Event) =>
                    this.handleCollection(
                      collection.id,
                      (event.target as HTMLInputElement).checked,
                    )}
                />
                ${collection.name}
              </label>
            `,
          )}
        </fieldset>
        <form part="new-collection" @submit=${this.handleCreate}>
          <label>
            ${msg().reactions.newCollection}
            <input
              part="collection-input"
              type="text"
              name="name"
              required
              maxlength="100"
              aria-label=${msg().reactions.collectionName}
            />
          </label>
          <button part="create-button" class="button" type="submit">
            ${msg().reactions.create}
          </button>
        </form>
      </div>
    `;
  }

  private renderKinds(data: Reactions): TemplateResult {
    const chosen = data.mine?.kinds ?? [];
    const shown = this.kindList().filter(
      (kind) =>
        chosen.includes(kind.id) || (data.counts.kinds[kind.id] ?? 0) > 0,
    );

    return html`
      <div part="kinds" role="group" aria-label=${msg().reactions.kindsLabel}>
        ${shown.map((kind) => {
          const n = data.counts.kinds[kind.id] ?? 0;
          return html`
            <button
              part="kind-chip"
              class="button toggle"
              type="button"
              aria-pressed=${chosen.includes(kind.id) ? 'true' : 'false'}
              aria-label=${msg().reactions.kindCount(kind.label, n)}
              data-kind=${kind.id}
              @click=${() => this.handleKind(kind.id)}
            >
              <span>${kind.label}</span>
              <span part="count">${n.toLocaleString('en')}</span>
            </button>
          `;
        })}
        <button
          part="add-kind-button"
          class="link-button"
          type="button"
          aria-expanded=${this.open === 'kinds' ? 'true' : 'false'}
          aria-controls=${`${this.uid}-kinds`}
          @click=${this.handleAddKind}
        >
          ${msg().reactions.addKind}
        </button>
      </div>
    `;
  }

  private renderKindPicker(mine: Mine): TemplateResult {
    const left = this.kindList().filter(
      (kind) => !mine.kinds.includes(kind.id),
    );

    return html`
      <div part="kind-picker" id=${`${this.uid}-kinds`}>
        <ul>
          ${left.map(
            (kind) => html`<li>
              <button
                part="kind-option"
                class="button"
                type="button"
                data-kind=${kind.id}
                @click=${() => this.handlePickKind(kind.id)}
              >
                ${kind.label}
                ${
                  kind.description
                    ? html`<span class="description">${kind.description}</span>`
                    : nothing
                }
              </button>
            </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderSignedOut(data: Reactions): TemplateResult | typeof nothing {
    if (data.mine) return nothing;

    return html`
      <div part="signed-out">
        <slot name="signed-out">
          <button
            part="login-button"
            class="link-button"
            type="button"
            @click=${this.handleLogin}
          >
            ${msg().reactions.logInToCurate}
          </button>
        </slot>
        <p part="notice" role="status">${this.notice ?? nothing}</p>
      </div>
    `;
  }

  private kindList(): ReactionKind[] {
    const value = this.vocabulary.value;
    return value?.status === 'ready' ? value.data : [];
  }

  private collectionName(id: string): string | undefined {
    if (id === 'default') return msg().reactions.defaultCollection;
    const value = this.collectionList.value;
    if (value?.status !== 'ready') return undefined;
    return value.data.find((collection) => collection.id === id)?.name;
  }

  private pickerCollections(mine: Mine): Array<{ id: string; name: string }> {
    const value = this.collectionList.value;
    const list: Array<{ id: string; name: string }> =
      value?.status === 'ready' ? [...value.data] : [];
    // The reader's "Saved" collection exists once something was saved.
    if (list.length === 0 || mine.collections.includes('default')) {
      list.unshift({ id: 'default', name: msg().reactions.defaultCollection });
    }
    return list;
  }

  /**
   * Runs what the reader started now when signed in, or after sign-in.
   * Called straight from click handlers, so the popup is not blocked.
   */
  private act(action: string, intent: Intent): void {
    this.failure = undefined;
    const mine = this.mine;
    if (mine && this.store) {
      intent(this.store, mine, false);
      return;
    }

    this.waiting = { intent };
    if (this.user.value?.status === 'signed-in') return;

    const id = this.resolvedPaperId;
    void requestSignIn(this, this.session, action, id).then((result) => {
      if (result.status === 'closed' || result.status === 'blocked') {
        this.waiting = undefined;
      }
      if (result.status === 'blocked')
        this.notice = msg().reactions.popupBlocked;
      if (result.status === 'host') this.notice = msg().reactions.hostSignIn;
    });
  }

  /** Shows why a change was undone, or tells the host it was accepted. */
  private watch(change: Promise<void>, accepted: () => Event): void {
    change.then(
      () => this.dispatchEvent(accepted()),
      (error: unknown) => {
        this.failure = describeFailure(error);
      },
    );
  }

  private reactionEvent(): PaperReactionChangeEvent {
    const mine = this.mine;
    return new PaperReactionChangeEvent({
      paperId: this.resolvedPaperId ?? '',
      vote: mine?.vote ?? 'none',
      kinds: [...(mine?.kinds ?? [])],
    });
  }

  private handleVote(vote: 'like' | 'dislike'): void {
    this.act(vote, (store, mine, resumed) => {
      const next: Vote = !resumed && mine.vote === vote ? 'none' : vote;
      this.watch(store.setVote(next), () => this.reactionEvent());
    });
  }

  private handleKind(kind: string): void {
    this.act('react', (store, mine, resumed) => {
      const has = mine.kinds.includes(kind);
      if (resumed && has) return;
      const kinds = has
        ? mine.kinds.filter((k) => k !== kind)
        : [...mine.kinds, kind];
      this.watch(store.setKinds(kinds), () => this.reactionEvent());
    });
  }

  private handlePickKind(kind: string): void {
    // Focus goes back to the Add button, as after choosing from any menu
    // button: the reader can add another reaction at once, and the chosen
    // one is announced by the status line while it is saved.
    this.closePicker();
    this.handleKind(kind);
  }

  private handleAddKind(): void {
    this.act('react', (_store, _mine, resumed) => {
      this.open = resumed || this.open !== 'kinds' ? 'kinds' : null;
    });
  }

  private handleSave(): void {
    this.act('save', (store, mine, resumed) => {
      if (!resumed) {
        this.open = this.open === 'collections' ? null : 'collections';
        return;
      }
      this.open = 'collections';
      if (mine.collections.length === 0) this.setSaved(store, 'default', true);
    });
  }

  private handleCollection(id: string, saved: boolean): void {
    this.act('save', (store) => this.setSaved(store, id, saved));
  }

  private setSaved(store: ReactionsStore, id: string, saved: boolean): void {
    this.failure = undefined;
    const paperId = this.resolvedPaperId ?? '';
    this.watch(
      store.setSaved(id, saved),
      () => new PaperSaveChangeEvent({ paperId, collectionId: id, saved }),
    );
  }

  private async handleCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    const store = this.store;
    if (!name || !store) return;

    this.failure = undefined;
    try {
      const created = await collections(this.session).create(name);
      input.value = '';
      this.setSaved(store, created.id, true);
    } catch (error) {
      this.failure = describeFailure(error);
    }
  }

  private handleLogin(): void {
    this.notice = undefined;
    void requestSignIn(this, this.session, 'login', this.resolvedPaperId).then(
      (result) => {
        if (result.status === 'blocked') {
          this.notice = msg().reactions.popupBlocked;
        }
        if (result.status === 'host') this.notice = msg().reactions.hostSignIn;
      },
    );
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    this.closePicker();
  }

  /**
   * Closes the open picker and, when focus was inside it, puts focus back
   * on the button that opened it. The picker's controls leave the DOM, and
   * focus would otherwise fall to the page's body.
   */
  private closePicker(): void {
    const open = this.open;
    if (!open) return;

    const root = this.renderRoot as ShadowRoot;
    const picker = root.getElementById(`${this.uid}-${open}`);
    const inside = picker?.contains(root.activeElement) ?? false;
    this.open = null;
    if (!inside) return;

    const opener = open === 'kinds' ? 'add-kind-button' : 'save-button';
    void this.updateComplete.then(() => {
      root.querySelector<HTMLElement>(`[part~="${opener}"]`)?.focus();
    });
  }
}
