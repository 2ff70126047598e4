import type { DraftStore, Review, ReviewsStore, User } from '@paperframe/core';
import type { ItemActionsHost } from '../controllers/item-actions-controller.js';
import { PaperReviewSubmitEvent } from '../events/paper-review-submit.js';
import { msg } from '../i18n/index.js';
import { fieldErrors, formDraft, submitFailure } from './feedback.js';
import { type ReaderState, reportAuthError } from './reader.js';
import {
  emptyReview,
  fromReview,
  isBlank,
  type ListKey,
  mapServerErrors,
  type ReviewDraft,
  readDraft,
  toFields,
  validateReview,
} from './review-form.js';

/** Which form is open: a new review, or changes to one. */
export type FormMode = { mode: 'new' } | { mode: 'edit'; id: string };

/** What the review form shows. */
export interface ReviewFormState {
  /** The open form, or null when it is closed. */
  form: FormMode | null;
  /** What the reader typed. */
  value: ReviewDraft;
  /** True once the reader tried to post, so missing fields are named. */
  attempted: boolean;
  /** True while the post is on its way. */
  busy: boolean;
  /** Why the last post failed. */
  message: string;
  /** A note above the form, e.g. that a draft was restored. */
  notice: string;
  /** The server's field errors, keyed as the form keys its fields. */
  serverErrors: Record<string, string>;
}

/** What a {@link ReviewFormController} needs of its element. */
export interface ReviewFormOptions {
  /** The reader: a user, null when signed out, undefined while checked. */
  reader: () => ReaderState;
  /** The paper's reviews store, once a paper is named. */
  store: () => ReviewsStore | undefined;
  /** The reviews shown, to fill the form when one is edited. */
  reviews: () => readonly Review[];
  /** The signed-in reader, asking a signed-out one to sign in first. */
  signedIn: () => Promise<User | null>;
}

/**
 * The review form of `<paper-reviews>`: what the reader types, kept as a
 * draft under the current reader until the server accepts it, checked
 * against the server's limits, and posted as a new review or an edit.
 */
export class ReviewFormController {
  private current: ReviewFormState = {
    form: null,
    value: emptyReview(),
    attempted: false,
    busy: false,
    message: '',
    notice: '',
    serverErrors: {},
  };

  private draftStore: DraftStore<ReviewDraft> | undefined;
  private restoredFor: string | undefined;

  /**
   * @param host - The `<paper-reviews>` element.
   * @param options - What the form needs of it.
   */
  constructor(
    private readonly host: ItemActionsHost & {
      readonly renderRoot: HTMLElement | DocumentFragment;
      readonly updateComplete: Promise<boolean>;
    },
    private readonly options: ReviewFormOptions,
  ) {}

  /** What the form shows now. */
  get state(): Readonly<ReviewFormState> {
    return this.current;
  }

  /** Keeps the draft under the current reader, and restores a saved one. */
  followReader(): void {
    const user = this.options.reader();
    const id = this.host.resolvedPaperId;
    if (user === undefined || !id) return;

    const readerKey = `${this.host.session.api}|${id}|${user?.id ?? ''}`;
    if (this.restoredFor === readerKey) return;
    this.restoredFor = readerKey;

    if (this.current.form) {
      // Signed in (or out) with the form open: move the text to the new key.
      this.draftStore?.clear();
      this.draftStore = this.draftFor(this.current.form);
      if (!isBlank(this.current.value)) this.draftStore.set(this.current.value);
      return;
    }

    const saved = readDraft(this.draftFor({ mode: 'new' }).$value.get());
    if (saved && !isBlank(saved)) {
      this.open({ mode: 'new' }, saved);
      this.set({ notice: msg().feedback.draftRestored });
    }
  }

  /** Errors to show: limits as the reader types, the rest after a submit. */
  errors(): Record<string, string> {
    return {
      ...this.current.serverErrors,
      ...validateReview(this.current.value, !this.current.attempted),
    };
  }

  /**
   * Opens the form, with a saved draft when there is one.
   *
   * @param form - A new review, or the review to edit.
   * @param restored - A draft already read from storage.
   */
  open(form: FormMode, restored?: ReviewDraft): void {
    this.draftStore = this.draftFor(form);
    this.set({
      form,
      attempted: false,
      message: '',
      notice: '',
      serverErrors: {},
    });

    const saved = restored ?? readDraft(this.draftStore.$value.get());
    if (saved && !isBlank(saved)) {
      this.set({ value: saved, notice: msg().feedback.draftRestored });
      return;
    }

    const review =
      form.mode === 'edit'
        ? this.options.reviews().find((item) => item.id === form.id)
        : undefined;
    this.set({ value: review ? fromReview(review) : emptyReview() });
  }

  /**
   * Takes what the reader typed, and keeps it as the draft.
   *
   * @param next - The form's new content.
   */
  change(next: ReviewDraft): void {
    this.set({ value: next, serverErrors: {} });
    this.draftStore?.set(isBlank(next) ? null : next);
  }

  /** Sets the text of one row of a list. */
  setItem(key: ListKey, index: number, text: string): void {
    const items = [...this.current.value[key]];
    items[index] = text;
    this.change({ ...this.current.value, [key]: items });
  }

  /** Adds an empty row to a list and moves the focus to it. */
  addItem(key: ListKey): void {
    this.change({
      ...this.current.value,
      [key]: [...this.current.value[key], ''],
    });
    void this.host.updateComplete.then(() => {
      const rows = this.current.value[key].length;
      this.host.renderRoot
        .querySelector<HTMLTextAreaElement>(`[id="${key}.${rows - 1}"]`)
        ?.focus();
    });
  }

  /** Removes one row of a list. */
  removeItem(key: ListKey, index: number): void {
    const items = this.current.value[key].filter((_, at) => at !== index);
    this.change({ ...this.current.value, [key]: items });
  }

  /** Moves one row of a list up (`by` -1) or down (`by` 1). */
  moveItem(key: ListKey, index: number, by: number): void {
    const items = [...this.current.value[key]];
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    [items[index], items[to]] = [items[to] as string, items[index] as string];
    this.change({ ...this.current.value, [key]: items });
  }

  /** Closes the form and drops its draft. */
  cancel(): void {
    // Cancelling is a decision to drop the text, unlike closing the page.
    this.draftStore?.clear();
    this.set({ form: null, value: emptyReview() });
  }

  /**
   * Checks the form and posts it, signing the reader in first.
   *
   * @param event - The form's submit event.
   */
  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const store = this.options.store();
    const { form, busy } = this.current;
    if (busy || !form || !store) return;

    this.set({ attempted: true, notice: '' });
    if (Object.keys(validateReview(this.current.value)).length > 0) {
      await this.host.updateComplete;
      this.host.renderRoot
        .querySelector<HTMLElement>('[aria-invalid="true"], #items-error')
        ?.focus?.();
      return;
    }

    this.set({ busy: true, message: '' });
    const sent = this.current.value;
    try {
      const user = await this.options.signedIn();
      if (!user) {
        this.set({ message: msg().feedback.signInToPost });
        return;
      }

      const fields = toFields(sent);
      const saved =
        form.mode === 'new'
          ? await store.create(fields, { id: user.id, name: user.name })
          : await store.edit(form.id, fields);

      this.draftStore?.clear();
      this.set({ form: null, value: emptyReview() });
      this.host.dispatchEvent(
        new PaperReviewSubmitEvent({
          paperId: this.host.resolvedPaperId ?? '',
          reviewId: saved.id,
          action: form.mode === 'new' ? 'create' : 'edit',
        }),
      );
    } catch (error) {
      reportAuthError(this.host.session, error);
      this.set({
        serverErrors: mapServerErrors(sent, fieldErrors(error)),
        message: submitFailure(error),
      });
    } finally {
      this.set({ busy: false });
    }
  }

  private draftFor(form: FormMode): DraftStore<ReviewDraft> {
    return formDraft<ReviewDraft>(this.host.session, {
      paperId: this.host.resolvedPaperId ?? '',
      reader: this.options.reader()?.id ?? null,
      form: form.mode === 'new' ? 'review' : 'review-edit',
      target: form.mode === 'edit' ? form.id : undefined,
    });
  }

  private set(patch: Partial<ReviewFormState>): void {
    this.current = { ...this.current, ...patch };
    this.host.requestUpdate();
  }
}
