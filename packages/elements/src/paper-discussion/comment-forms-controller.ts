import type {
  Comment,
  CommentsStore,
  DraftStore,
  User,
} from '@paperframe/core';
import type { ItemActionsHost } from '../controllers/item-actions-controller.js';
import { PaperCommentSubmitEvent } from '../events/paper-comment-submit.js';
import { msg } from '../i18n/index.js';
import {
  fieldErrors,
  formDraft,
  submitFailure,
} from '../paper-reviews/feedback.js';
import { type ReaderState, reportAuthError } from '../paper-reviews/reader.js';
import {
  type CommentDraft,
  type CommentFormState,
  commentForm,
  readCommentDraft,
  validateComment,
} from './comment-form.js';

/** Names a form: the new comment, a reply to `id`, or an edit of `id`. */
export type FormKey = 'new' | `reply:${string}` | `edit:${string}`;

/** What a {@link CommentFormsController} needs of its element. */
export interface CommentFormsOptions {
  /** The reader: a user, null when signed out, undefined while checked. */
  reader: () => ReaderState;
  /** The paper's comments store, once a paper is named. */
  store: () => CommentsStore | undefined;
  /** The signed-in reader, asking a signed-out one to sign in first. */
  signedIn: () => Promise<User | null>;
}

/**
 * The comment forms of `<paper-discussion>`, any number open at once: the
 * new comment, replies and edits. Each keeps its text as a draft under
 * the current reader until the server accepts it.
 */
export class CommentFormsController {
  private forms = new Map<FormKey, CommentFormState>();
  private readerKey: string | undefined;

  /**
   * @param host - The `<paper-discussion>` element.
   * @param options - What the forms need of it.
   */
  constructor(
    private readonly host: ItemActionsHost & {
      readonly renderRoot: HTMLElement | DocumentFragment;
      readonly updateComplete: Promise<boolean>;
    },
    private readonly options: CommentFormsOptions,
  ) {}

  /** True when the form `formKey` is open. */
  has(formKey: FormKey): boolean {
    return this.forms.has(formKey);
  }

  /** What the form `formKey` shows; a fresh form when it is closed. */
  get(formKey: FormKey): CommentFormState {
    return this.forms.get(formKey) ?? commentForm();
  }

  /** Restores the new-comment draft, and moves open drafts on sign-in. */
  followReader(): void {
    const user = this.options.reader();
    const id = this.host.resolvedPaperId;
    if (user === undefined || !id) return;

    const key = `${this.host.session.api}|${id}|${user?.id ?? ''}`;
    if (key === this.readerKey) return;
    const before = this.readerKey;
    this.readerKey = key;

    // The new-comment form opens by itself only when a draft waits in it.
    const forms = new Map(this.forms);
    const savedNew = readCommentDraft(this.draftOf('new').$value.get());
    if (!forms.has('new') && savedNew) forms.set('new', commentForm());
    for (const [formKey, form] of forms) {
      if (before !== undefined && form.body.trim() !== '') {
        // The reader signed in with text typed: keep it under the new key.
        this.draftOf(formKey, null).clear();
        this.draftOf(formKey).set({ kind: form.kind, body: form.body });
        continue;
      }
      const saved = readCommentDraft(this.draftOf(formKey).$value.get());
      if (saved && form.body.trim() === '') {
        forms.set(formKey, {
          ...commentForm(saved),
          notice: msg().feedback.draftRestored,
        });
      }
    }
    this.setForms(forms);
  }

  /**
   * Takes what the reader typed, and keeps it as the draft.
   *
   * @param formKey - The form.
   * @param patch - The new kind or text.
   */
  change(formKey: FormKey, patch: Partial<CommentDraft>): void {
    this.setForm(formKey, { ...patch, message: '' });
    const form = this.forms.get(formKey);
    if (!form) return;
    this.draftOf(formKey).set(
      form.body.trim() === '' ? null : { kind: form.kind, body: form.body },
    );
  }

  /**
   * Opens a form, with its saved draft when there is one, and moves the
   * focus to its text.
   *
   * @param formKey - The form.
   * @param comment - The comment to edit, which fills the form.
   */
  open(formKey: FormKey, comment?: Comment): void {
    if (this.forms.has(formKey)) return;

    const saved = readCommentDraft(this.draftOf(formKey).$value.get());
    const form = saved
      ? { ...commentForm(saved), notice: msg().feedback.draftRestored }
      : commentForm(comment ? { kind: comment.kind, body: comment.body } : {});
    this.setForm(formKey, form);

    void this.host.updateComplete.then(() => {
      this.host.renderRoot
        .querySelector<HTMLTextAreaElement>(`[id="body-${fieldId(formKey)}"]`)
        ?.focus();
    });
  }

  /**
   * Closes a form and drops its draft; the new-comment form gives the
   * focus back to its invitation.
   *
   * @param formKey - The form.
   */
  cancel(formKey: FormKey): void {
    this.close(formKey, true);
    if (formKey !== 'new') return;

    const forms = new Map(this.forms);
    forms.delete('new');
    this.setForms(forms);
    void this.host.updateComplete.then(() =>
      this.host.renderRoot
        .querySelector<HTMLElement>('[part~="open-form"]')
        ?.focus(),
    );
  }

  /**
   * Checks a form and posts it, signing the reader in first.
   *
   * @param event - The form's submit event.
   * @param formKey - The form.
   */
  async submit(event: Event, formKey: FormKey): Promise<void> {
    event.preventDefault();
    const form = this.forms.get(formKey);
    const store = this.options.store();
    if (!form || form.busy || !store) return;

    if (validateComment(form.body)) {
      this.setForm(formKey, { attempted: true, notice: '' });
      return;
    }

    // Marks the form busy before the first await, so a second click in
    // the same tick finds it busy and does nothing.
    this.forms.set(formKey, { ...form, busy: true, message: '', notice: '' });
    this.setForm(formKey, {});
    const fields = { kind: form.kind, body: form.body.trim() };

    try {
      const user = await this.options.signedIn();
      if (!user) {
        this.setForm(formKey, {
          busy: false,
          message: msg().feedback.signInToPost,
        });
        return;
      }

      const [kind, target = null] = formKey.split(/:(.*)/s) as [
        string,
        string?,
      ];
      const saved =
        kind === 'edit' && target
          ? await store.edit(target, fields)
          : await store.create(
              fields,
              { id: user.id, name: user.name },
              kind === 'reply' ? target : null,
            );

      this.close(formKey, true);
      this.host.dispatchEvent(
        new PaperCommentSubmitEvent({
          paperId: this.host.resolvedPaperId ?? '',
          commentId: saved.id,
          parentId: saved.parentId,
          action: kind === 'edit' ? 'edit' : 'create',
        }),
      );
    } catch (error) {
      reportAuthError(this.host.session, error);
      this.setForm(formKey, {
        busy: false,
        message: submitFailure(error, fieldErrors(error).body),
      });
    }
  }

  private draftOf(
    formKey: FormKey,
    readerId: string | null | undefined = this.options.reader()?.id ?? null,
  ): DraftStore<CommentDraft> {
    const [kind, target] = formKey.split(/:(.*)/s) as [string, string?];
    return formDraft<CommentDraft>(this.host.session, {
      paperId: this.host.resolvedPaperId ?? '',
      reader: readerId ?? null,
      form:
        kind === 'new'
          ? 'comment'
          : kind === 'reply'
            ? 'reply'
            : 'comment-edit',
      target,
    });
  }

  private close(formKey: FormKey, dropDraft: boolean): void {
    if (dropDraft) this.draftOf(formKey).clear();
    const forms = new Map(this.forms);
    if (formKey === 'new') forms.set('new', commentForm());
    else forms.delete(formKey);
    this.setForms(forms);
  }

  private setForm(formKey: FormKey, patch: Partial<CommentFormState>): void {
    const forms = new Map(this.forms);
    forms.set(formKey, { ...(forms.get(formKey) ?? commentForm()), ...patch });
    this.setForms(forms);
  }

  private setForms(forms: Map<FormKey, CommentFormState>): void {
    this.forms = forms;
    this.host.requestUpdate();
  }
}

/**
 * The form's key as it appears in element ids.
 *
 * @param formKey - The form.
 * @return The key with anything but word characters and dashes replaced.
 */
export function fieldId(formKey: FormKey): string {
  return formKey.replace(/[^\w-]/g, '_');
}
