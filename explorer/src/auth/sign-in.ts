/**
 * The header's sign-in control: "Sign in" opens a dialog where an editor pastes a token or goes
 * to the identity provider; once the service accepts the token, the header shows the editor's
 * name and "Sign out". Readers can ignore it: nothing else on the page changes for them.
 */
import { ApiError } from '../api/client.ts';
import { h } from '../dom.ts';
import { finishSignIn, type Provider, signInProvider, startSignIn, takeReply } from './provider.ts';
import { onSessionChange, signIn, signOut, token } from './session.ts';
import { type Viewer, viewerOf } from './viewer.ts';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class SignIn {
  readonly element = h('div', { class: 'sign-in' });
  private readonly field = h('input', {
    id: 'editor-token',
    name: 'token',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'editor-token-problem',
  });
  private readonly problem = h('p', { id: 'editor-token-problem', class: 'error', role: 'alert' });
  private readonly providerProblem = h('p', { class: 'error', role: 'alert' });
  private readonly providerSlot = h('div', { class: 'provider' });
  private readonly submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  private readonly dialog = h(
    'dialog',
    { class: 'sign-in-dialog', 'aria-labelledby': 'sign-in-title' },
    h(
      'form',
      { onsubmit: (event: Event) => this.paste(event) },
      h('h2', { id: 'sign-in-title' }, 'Sign in to edit'),
      h(
        'p',
        { class: 'intro muted' },
        'Editors sign in to correct and add facts; reading needs none.',
      ),
      this.providerSlot,
      h('label', { for: 'editor-token' }, 'Editor token'),
      h('div', { class: 'token-row' }, this.field, this.submit),
      this.problem,
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { type: 'button', onclick: () => this.dialog.close() }, 'Cancel'),
      ),
    ),
  );
  private viewer: Viewer | undefined;

  constructor() {
    document.body.append(this.dialog);
    // Escape closes the dialog, and nothing behind it.
    this.dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') event.stopPropagation();
    });
    onSessionChange(() => this.render());
    this.render();
  }

  /**
   * Finishes a sign-in the provider sent the browser back from, and learns who a token kept by
   * the tab names. Takes the provider's reply out of the address before it first waits.
   */
  async start(): Promise<void> {
    const reply = takeReply();
    const provider = await signInProvider().catch(() => null);
    if (provider !== null) this.offer(provider);
    if (reply !== null && provider !== null) {
      try {
        await this.accept(await finishSignIn(provider, reply));
        this.element.querySelector('button')?.focus();
      } catch (error) {
        this.open();
        this.providerProblem.textContent = reason(error);
      }
      return;
    }
    const kept = token();
    if (kept === null) return;
    try {
      this.viewer = await viewerOf(kept);
      this.render();
    } catch (error) {
      // Expired, or no longer trusted: the editor signs in again.
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') signOut();
    }
  }

  private offer(provider: Provider): void {
    this.providerSlot.replaceChildren(
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            this.providerProblem.textContent = '';
            startSignIn(provider).catch((error: unknown) => {
              this.providerProblem.textContent = reason(error);
            });
          },
        },
        `Sign in with ${provider.name}`,
      ),
      this.providerProblem,
      h('p', { class: 'or' }, 'or'),
    );
  }

  private open(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  private async paste(event: Event): Promise<void> {
    event.preventDefault();
    const pasted = this.field.value.trim();
    this.problem.textContent = '';
    if (pasted === '') {
      this.problem.textContent = 'Paste the token you were given.';
      this.field.focus();
      return;
    }
    this.submit.disabled = true;
    try {
      await this.accept(pasted);
      this.field.value = '';
      this.dialog.close();
      this.element.querySelector('button')?.focus();
    } catch (error) {
      this.problem.textContent = reason(error);
      this.field.focus();
    } finally {
      this.submit.disabled = false;
    }
  }

  /** Keeps a token once the service has accepted it. */
  private async accept(bearer: string): Promise<void> {
    this.viewer = await viewerOf(bearer);
    signIn(bearer);
  }

  private render(): void {
    if (token() !== null && this.viewer !== undefined) {
      this.element.replaceChildren(
        h(
          'span',
          { class: 'viewer' },
          h('span', { class: 'visually-hidden' }, 'Signed in as '),
          this.viewer.name,
          this.viewer.editor ? '' : ' (reads only: this token may not edit)',
        ),
        h('button', { type: 'button', onclick: () => this.leave() }, 'Sign out'),
      );
    } else {
      this.element.replaceChildren(
        h(
          'button',
          { type: 'button', 'aria-haspopup': 'dialog', onclick: () => this.open() },
          'Sign in',
        ),
      );
    }
  }

  private leave(): void {
    this.viewer = undefined;
    signOut();
  }
}
