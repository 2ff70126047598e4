import { auth, type UserState } from '@paperframe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StoreController } from '../controllers/store-controller.js';
import { PaperSignOutEvent } from '../events/paper-sign-out.js';
import { msg, provideEnglish } from '../i18n/index.js';
import { PaperframeElement } from '../paperframe-element.js';
import { renderRetry } from '../retry-button.js';
import { shared, tokens } from '../styles/tokens.js';
import { styles } from './paper-account.styles.js';
import { requestSignIn, type SignInRequestResult } from './sign-in.js';
import { account } from '../i18n/en-account.js';

provideEnglish({ account });

/**
 * Who is signed in to the backend, with a button to sign out, or a "Log in"
 * button for a signed-out reader. Signing in or out here updates every
 * Paperframe element on the page at once.
 *
 * @summary The reader's sign-in state.
 *
 * @fires {PaperLoginRequestEvent} paper-login-request - The reader asked to log in; cancel it to run the host's own sign-in.
 * @fires {PaperSignOutEvent} paper-sign-out - The reader signed out.
 * @csspart base - The box, in every state; `data-state` is checking, signed-in or signed-out.
 * @csspart user - "Signed in as" and the name.
 * @csspart name - The reader's name.
 * @csspart sign-out-button - Signs out; absent when the host page supplies the token.
 * @csspart login-button - Opens sign-in.
 * @csspart message - Why the reader is signed out, or why sign-in did not finish.
 * @csspart retry-button - Checks the kept sign-in again after the server did not answer.
 * @cssproperty [--pf-account-gap=0.5em] - Space between the name and the button.
 */
export class PaperAccount extends PaperframeElement {
  static override styles = [tokens, shared, styles];

  private readonly user = new StoreController<UserState>(this);

  @state() private outcome?: SignInRequestResult['status'];

  protected override willUpdate(): void {
    this.user.store = auth(this.session).$user;
  }

  override render(): TemplateResult {
    const value = this.user.value ?? { status: 'checking' };

    switch (value.status) {
      case 'signed-in':
        return this.renderSignedIn(value.user.name);
      case 'signed-out':
        return this.renderSignedOut(value.reason);
      default:
        return html`
          <div part="base" data-state="checking" aria-busy="true">
            <span part="message">${msg().account.checking}</span>
          </div>
        `;
    }
  }

  private renderSignedIn(name: string): TemplateResult {
    return html`
      <div part="base" data-state="signed-in">
        <span part="user">
          ${msg().account.signedInAs} <span part="name">${name}</span>
        </span>
        ${
          this.session.hasTokenProvider
            ? nothing
            : html`
              <button
                part="sign-out-button"
                class="button"
                type="button"
                @click=${this.handleSignOut}
              >
                ${msg().account.signOut}
              </button>
            `
        }
      </div>
    `;
  }

  private renderSignedOut(reason?: string): TemplateResult {
    const message = this.describeOutcome() ?? describeReason(reason);

    return html`
      <div part="base" data-state="signed-out">
        <button
          part="login-button"
          class="button"
          type="button"
          @click=${this.handleLogin}
        >
          ${msg().account.logIn}
        </button>
        <p part="message" role="status">${message ?? nothing}</p>
        ${
          reason === 'unreachable' && !this.outcome
            ? renderRetry(this.handleRetry)
            : nothing
        }
      </div>
    `;
  }

  private describeOutcome(): string | undefined {
    switch (this.outcome) {
      case 'blocked':
        return msg().reactions.popupBlocked;
      case 'host':
        return msg().reactions.hostSignIn;
      case 'closed':
        return msg().account.closed;
      default:
        return undefined;
    }
  }

  private async handleLogin(): Promise<void> {
    this.outcome = undefined;
    const result = await requestSignIn(this, this.session, 'login');
    if (result.status !== 'signed-in') this.outcome = result.status;
  }

  private handleRetry(): void {
    void auth(this.session).refresh();
  }

  private async handleSignOut(): Promise<void> {
    this.outcome = undefined;
    await auth(this.session).signOut();
    this.dispatchEvent(new PaperSignOutEvent({ api: this.session.api }));
  }
}

function describeReason(reason?: string): string | undefined {
  if (reason === 'expired') return msg().account.expired;
  if (reason === 'signed-out') return msg().account.signedOut;
  if (reason === 'unreachable') return msg().account.unreachable;
  return undefined;
}
