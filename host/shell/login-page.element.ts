/** The sign-in page: Login, Password, "Sign in"; says so when the credentials are wrong. */
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { hostApi, HostApiError } from './host-api';
import { chatIcon } from './icons';
import { loginPageStyles } from './login-page.styles';
import { theme } from './theme.styles';

export class SignInEvent extends Event {
  static readonly type = 'lc-user-sign-in';

  constructor() {
    super(SignInEvent.type, { bubbles: true, composed: true });
  }
}

export class LoginPageElement extends LitElement {
  static override styles = [theme, loginPageStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @state() private login = '';
  @state() private password = '';
  @state() private busy = false;
  @state() private error = '';

  override render() {
    const ready = this.login.trim() !== '' && this.password !== '' && !this.busy;
    return html`
      <main class="card">
        <div class="brand"><span class="logo">${chatIcon}</span>Live Chats</div>
        <h1>Sign in</h1>
        <p class="lead">Use your company account.</p>
        <form @submit=${this.onSubmit} novalidate>
          <div class="field">
            <label for="login">Login</label>
            <input
              id="login"
              name="login"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              spellcheck="false"
              autofocus
              aria-invalid=${this.error ? 'true' : 'false'}
              .value=${this.login}
              @input=${(event: Event) => this.edit('login', (event.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="password">Password</label>
            <input
              id="password"
              name="password"
              type="password"
              autocomplete="current-password"
              aria-invalid=${this.error ? 'true' : 'false'}
              .value=${this.password}
              @input=${(event: Event) => this.edit('password', (event.target as HTMLInputElement).value)}
            />
          </div>
          ${this.error ? html`<div class="banner" role="alert" data-testid="login-error">${this.error}</div>` : nothing}
          <button class="btn primary" type="submit" ?disabled=${!ready}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
        </form>
      </main>
    `;
  }

  private edit(field: 'login' | 'password', value: string): void {
    this[field] = value;
    this.error = '';
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || this.login.trim() === '' || this.password === '') return;
    this.busy = true;
    this.error = '';
    try {
      await hostApi.login(this.login.trim(), this.password);
      this.password = '';
      this.dispatchEvent(new SignInEvent());
    } catch (error) {
      this.error =
        error instanceof HostApiError && error.status === 401
          ? error.message || 'Wrong login or password.'
          : error instanceof Error
            ? error.message
            : 'Could not sign in.';
    } finally {
      this.busy = false;
    }
  }
}
