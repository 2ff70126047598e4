import { auth, getSession } from '@paperframe/core';
import {
  PaperCard,
  PaperDiscussion,
  PaperFrame,
  PaperReactions,
  PaperReviews,
  ResearchMap,
} from '@paperframe/react';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import {
  type Account,
  keepAccount,
  keptAccount,
  logInAs,
  logOut,
} from './account.js';

/** The paper this page is about: the RLHF paper from Anthropic. */
const PAPER = 'arxiv:2204.05862';

const api =
  document
    .querySelector<HTMLMetaElement>('meta[name="paperframe-api"]')
    ?.content.trim() || 'http://127.0.0.1:8787';

// The app owns sign-in. Paperframe asks this provider for the token before
// every request, and never opens its own sign-in popup while it is set.
let currentToken: string | null = keptAccount()?.token ?? null;
const provideToken = () => currentToken;

/** A reading-list app that shows one paper with the Paperframe elements. */
export function App() {
  const [account, setAccount] = useState<Account | null>(keptAccount);
  const [activity, setActivity] = useState<Activity[]>([]);
  const nameField = useRef<HTMLInputElement>(null);

  // After the app's own sign-in or sign-out, Paperframe asks the backend
  // who the reader is now, and every element follows.
  const changeAccount = (next: Account | null) => {
    currentToken = next?.token ?? null;
    keepAccount(next);
    setAccount(next);
    void auth(getSession(api)).refresh();
  };

  const note = (text: string) =>
    setActivity((lines) => [{ id: lines.length + 1, text }, ...lines]);

  return (
    <div className="app">
      <header className="top">
        <h1>Reading list</h1>
        <AccountBar
          account={account}
          nameField={nameField}
          onChange={changeAccount}
        />
      </header>

      <main className="paper">
        <PaperFrame
          api={api}
          paperId={PAPER}
          tokenProvider={provideToken}
          onLoginRequest={(event) => {
            // Run the app's own sign-in instead of Paperframe's popup.
            event.preventDefault();
            nameField.current?.focus();
          }}
          onReactionChange={(event) =>
            note(`Your vote on this paper is now: ${event.detail.vote}.`)
          }
          onSaveChange={(event) =>
            note(
              event.detail.saved
                ? 'Saved to your collection.'
                : 'Removed from your collection.',
            )
          }
          onReviewSubmit={() => note('Your review was published.')}
          onCommentSubmit={() => note('Your comment was posted.')}
        >
          <PaperCard headingLevel={2} />
          <section aria-labelledby="next-steps">
            <h2 id="next-steps">Next steps</h2>
            <PaperReactions />
            <ActivityLog lines={activity} />
          </section>
          <PaperReviews headingLevel={2} />
          <PaperDiscussion headingLevel={2} />
          <ResearchMap />
        </PaperFrame>
      </main>
    </div>
  );
}

interface AccountBarProps {
  account: Account | null;
  nameField: RefObject<HTMLInputElement | null>;
  onChange: (account: Account | null) => void;
}

function AccountBar({ account, nameField, onChange }: AccountBarProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = new FormData(event.currentTarget).get('name');
    if (typeof name !== 'string' || !name.trim()) return;

    setBusy(true);
    setError(null);
    try {
      onChange(await logInAs(api, name.trim()));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (account) {
    return (
      <p className="account">
        Signed in as <strong>{account.name}</strong>{' '}
        <button
          type="button"
          onClick={() => {
            onChange(null);
            void logOut(api, account.token);
          }}
        >
          Log out
        </button>
      </p>
    );
  }

  return (
    <form className="account" onSubmit={submit}>
      <label htmlFor="reader-name">Log in as</label>
      <input
        id="reader-name"
        name="name"
        ref={nameField}
        defaultValue="Ada Lovelace"
        autoComplete="name"
        required
      />
      <button type="submit" disabled={busy}>
        Log in
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </form>
  );
}

interface Activity {
  id: number;
  text: string;
}

function ActivityLog({ lines }: { lines: Activity[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="activity" aria-label="Your activity">
      {lines.map((line) => (
        <li key={line.id}>{line.text}</li>
      ))}
    </ul>
  );
}
