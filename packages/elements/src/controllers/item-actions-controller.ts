import type { Session, User } from '@paperframe/core';
import {
  html,
  nothing,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../i18n/index.js';
import { describeWriteError, needsSignIn } from '../paper-reviews/feedback.js';
import {
  type ReaderState,
  reportAuthError,
  requestSignIn,
} from '../paper-reviews/reader.js';

/** The element an {@link ItemActionsController} serves. */
export type ItemActionsHost = ReactiveControllerHost &
  HTMLElement & {
    readonly session: Session;
    readonly resolvedPaperId: string | undefined;
  };

/** What an {@link ItemActionsController} does to the element's items. */
export interface ItemActionsOptions {
  /** What a signed-out reader is asked to sign in for, e.g. `review`. */
  action: string;
  /** The reader: a user, null when signed out, undefined while checked. */
  reader: () => ReaderState;
  /** Sends the reader's report on one item. */
  report: (id: string, reason: string) => Promise<void>;
  /** Deletes one item and announces it. */
  remove: (id: string) => Promise<void>;
}

/** One item's action row, as the element describes it. */
export interface ItemActionsView {
  /** The item's id. */
  id: string;
  /** True when the reader wrote the item: edit and delete, not report. */
  mine: boolean;
  /** Buttons that come first in the row, such as helpful or reply. */
  lead: TemplateResult | typeof nothing;
  /** The question asked before deleting. */
  confirmText: string;
  /** Opens the item in its form. */
  edit: () => void;
}

/**
 * The actions a reader takes on a posted review or comment: delete after
 * a confirmation, report with a reason, or any other write. Each signs a
 * signed-out reader in first and leaves a message under the item saying
 * what happened or why it failed. It needs no lifecycle of its own: it
 * asks the host to render whenever its state changes.
 *
 * @example
 * ```ts
 * private readonly actions = new ItemActionsController(this, {
 *   action: 'review',
 *   reader: () => this.who.value,
 *   report: (id, reason) => this.store.report(id, reason),
 *   remove: (id) => this.store.remove(id),
 * });
 * ```
 */
export class ItemActionsController {
  private confirming: string | null = null;
  private reporting: string | null = null;
  private reportText = '';
  private messages = new Map<string, string>();

  /**
   * @param host - The element whose items these are.
   * @param options - What the actions do.
   */
  constructor(
    private readonly host: ItemActionsHost,
    private readonly options: ItemActionsOptions,
  ) {}

  /** The signed-in reader, asking a signed-out one to sign in first. */
  async signedIn(): Promise<User | null> {
    const user = this.options.reader();
    if (user) return user;
    return requestSignIn(
      this.host.session,
      this.host,
      this.options.action,
      this.host.resolvedPaperId,
    );
  }

  /**
   * Runs an action on one item, signing in first and saying under the
   * item why it failed.
   *
   * @param id - The item.
   * @param action - The write.
   */
  async act(id: string, action: () => Promise<void>): Promise<void> {
    this.setMessage(id, '');
    try {
      const user = await this.signedIn();
      if (!user) {
        this.setMessage(id, msg().feedback.signInToAct);
        return;
      }
      await action();
    } catch (error) {
      reportAuthError(this.host.session, error);
      this.setMessage(
        id,
        needsSignIn(error)
          ? msg().feedback.signInToAct
          : msg().feedback.actionFailed(describeWriteError(error)),
      );
    }
  }

  /**
   * The action row of one item, with its delete confirmation, report form
   * and message below it when they are open.
   *
   * @param view - The item.
   * @return The row.
   */
  render(view: ItemActionsView): TemplateResult {
    const m = msg().feedback;
    const { id, mine } = view;
    const message = this.messages.get(id);

    return html`
      <div part="actions">
        ${view.lead}
        ${
          mine
            ? html`<button
                part="edit-button"
                class="link-button"
                type="button"
                @click=${view.edit}
              >
                ${m.edit}
              </button>
              <button
                part="delete-button"
                class="link-button"
                type="button"
                @click=${() => this.setConfirming(id)}
              >
                ${m.delete}
              </button>`
            : html`<button
              part="report-button"
              class="link-button"
              type="button"
              aria-expanded=${this.reporting === id ? 'true' : 'false'}
              @click=${() => this.toggleReport(id)}
            >
              ${m.report}
            </button>`
        }
      </div>
      ${this.confirming === id ? this.renderConfirm(view) : nothing}
      ${this.reporting === id ? this.renderReport(id) : nothing}
      ${
        message
          ? html`<p class="notice" part="item-message" role="status">
            ${message}
          </p>`
          : nothing
      }
    `;
  }

  private renderConfirm(view: ItemActionsView): TemplateResult {
    const m = msg().feedback;

    return html`
      <div class="confirm" role="alertdialog" aria-label=${view.confirmText}>
        <span>${view.confirmText}</span>
        <button
          part="confirm-delete"
          class="button"
          type="button"
          @click=${() => this.remove(view.id)}
        >
          ${m.confirmDelete}
        </button>
        <button
          class="button"
          type="button"
          @click=${() => this.setConfirming(null)}
        >
          ${m.cancel}
        </button>
      </div>
    `;
  }

  private renderReport(itemId: string): TemplateResult {
    const m = msg().feedback;
    const id = `report-${itemId}`;

    return html`
      <form
        part="report-form"
        novalidate
        @submit=${(event: Event) => this.sendReport(event, itemId)}
      >
        <label for=${id}>${m.reportReason}</label>
        <textarea
          id=${id}
          dir="auto"
          .value=${live(this.reportText)}
          @input=${(event: Event) => {
            this.reportText = (event.target as HTMLTextAreaElement).value;
            this.host.requestUpdate();
          }}
        ></textarea>
        <div class="row">
          <button
            class="button"
            type="submit"
            ?disabled=${this.reportText.trim() === ''}
          >
            ${m.sendReport}
          </button>
          <button
            class="button"
            type="button"
            @click=${() => this.toggleReport(itemId)}
          >
            ${m.cancel}
          </button>
        </div>
      </form>
    `;
  }

  private setConfirming(id: string | null): void {
    this.confirming = id;
    this.host.requestUpdate();
  }

  private toggleReport(id: string): void {
    this.reporting = this.reporting === id ? null : id;
    this.reportText = '';
    this.host.requestUpdate();
  }

  private async sendReport(event: Event, id: string): Promise<void> {
    event.preventDefault();
    const reason = this.reportText.trim();
    if (!reason) return;

    await this.act(id, async () => {
      await this.options.report(id, reason);
      this.reporting = null;
      this.reportText = '';
      this.setMessage(id, msg().feedback.reported);
    });
  }

  private async remove(id: string): Promise<void> {
    this.setConfirming(null);
    await this.act(id, () => this.options.remove(id));
  }

  private setMessage(id: string, message: string): void {
    const next = new Map(this.messages);
    if (message) next.set(id, message);
    else next.delete(id);
    this.messages = next;
    this.host.requestUpdate();
  }
}
