/**
 * <lc-notification-bell>: the #feed in the shell's header. A bell with the unread count that
 * opens the latest notices; clicking one marks it read and fires `lc-notification-open` with its
 * link for the shell to follow. Asks for news every few seconds while the page is visible, rarely
 * while it is hidden, at once when it shows again or the window regains the focus; one request at
 * a time, waiting longer after failures.
 */
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { hostApi } from './host-api';
import { bellIcon } from './icons';
import { bellLabel, markedRead, refreshDelay, relativeTime, type NotificationDto, type NotificationFeed } from './notifications-model';
import { badgeText } from './shell-model';
import { notificationBellStyles } from './notification-bell.styles';
import { theme } from './theme.styles';

export class NotificationOpenEvent extends Event {
  static readonly type = 'lc-notification-open';

  constructor(readonly link: string) {
    super(NotificationOpenEvent.type, { bubbles: true, composed: true });
  }
}

export class NotificationBellElement extends LitElement {
  static override styles = [theme, notificationBellStyles];

  @state() private feed?: NotificationFeed;
  @state() private open = false;
  @state() private failed = false;

  @query('.trigger') private trigger?: HTMLButtonElement;

  private timer?: ReturnType<typeof setTimeout>;
  /** Answers to older requests that arrive late are dropped. */
  private requestNo = 0;
  /** Requests on their way: a poll does not add another. */
  private inFlight = 0;
  /** Failed requests in a row: the polls slow down. */
  private failures = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('focus', this.onWindowFocus);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    document.addEventListener('click', this.onDocumentClick);
    void this.refresh();
    this.schedule();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('focus', this.onWindowFocus);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    document.removeEventListener('click', this.onDocumentClick);
    clearTimeout(this.timer);
    this.timer = undefined;
    super.disconnectedCallback();
  }

  private readonly onWindowFocus = (): void => void this.refresh();

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') void this.refresh();
    this.schedule();
  };

  /** The next poll, after the delay that fits the page now. */
  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.isConnected) return;
    this.timer = setTimeout(() => void this.poll(), refreshDelay(document.visibilityState !== 'hidden', this.failures));
  }

  private async poll(): Promise<void> {
    if (this.inFlight === 0) await this.refresh();
    this.schedule();
  }

  private readonly onDocumentClick = (event: MouseEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  async refresh(): Promise<void> {
    const no = ++this.requestNo;
    this.inFlight++;
    try {
      const feed = await hostApi.notifications();
      this.failures = 0;
      if (no !== this.requestNo) return;
      this.feed = feed;
      this.failed = false;
    } catch (error) {
      this.failures++;
      if (no !== this.requestNo) return;
      // A failed poll keeps what is shown; the next one tries again.
      console.warn('The notifications could not be loaded', error);
      this.failed = this.feed === undefined;
    } finally {
      this.inFlight--;
    }
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open) void this.refresh();
  }

  private close(focusButton: boolean): void {
    this.open = false;
    if (focusButton) this.trigger?.focus();
  }

  private async markRead(ids?: string[]): Promise<void> {
    if (!this.feed) return;
    this.requestNo++; // a poll that was under way must not bring the read notices back
    this.feed = markedRead(this.feed, ids);
    try {
      const { unread } = await hostApi.markNotificationsRead(ids);
      if (this.feed) this.feed = { ...this.feed, unread };
    } catch (error) {
      console.warn('The notifications could not be marked read', error);
      void this.refresh();
    }
  }

  private openNotice(notice: NotificationDto): void {
    if (!notice.read) void this.markRead([notice.id]);
    this.close(false);
    if (notice.link) this.dispatchEvent(new NotificationOpenEvent(notice.link));
  }

  override render() {
    const unread = this.feed?.unread ?? 0;
    const badge = badgeText(unread);
    return html`
      <div class="wrap" @keydown=${this.onKeyDown}>
        <button
          class="trigger"
          type="button"
          aria-label=${bellLabel(unread)}
          title="Notifications"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="notification-panel"
          data-testid="notification-bell"
          @click=${this.toggle}
        >
          ${bellIcon} ${badge ? html`<span class="count" data-testid="notification-count" aria-hidden="true">${badge}</span>` : nothing}
        </button>
        <section id="notification-panel" class="panel" aria-label="Notifications" ?hidden=${!this.open}>
          <header>
            <h2>Notifications</h2>
            <button class="link" type="button" ?disabled=${unread === 0} @click=${() => this.markRead()}>Mark all as read</button>
          </header>
          ${this.renderList()}
        </section>
      </div>
    `;
  }

  private renderList() {
    if (this.failed) return html`<p class="empty" role="status">The notifications could not be loaded.</p>`;
    if (!this.feed) return html`<p class="empty" role="status">Loading…</p>`;
    if (this.feed.items.length === 0) return html`<p class="empty">No notifications yet.</p>`;
    const now = new Date();
    return html`<ul>
      ${this.feed.items.map(
        (notice) => html`<li>
          <button
            type="button"
            class="notice ${notice.read ? '' : 'unread'}"
            data-testid="notification"
            @click=${() => this.openNotice(notice)}
          >
            <span class="title">${notice.read ? nothing : html`<span class="visually-hidden">Unread: </span>`}${notice.title}</span>
            ${notice.text ? html`<span class="text">${notice.text}</span>` : nothing}
            <time datetime=${notice.createdAt} title=${new Date(notice.createdAt).toLocaleString()}>${relativeTime(notice.createdAt, now)}</time>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.close(true);
    }
  }
}
