/**
 * The app blocks of "About the session" (spec §4.5, §5.3): for each app the live chat uses, the
 * items bound to the session; who may bind sees "+Bind" and, on each item, a trash button that
 * unbinds it. Fires `lc-session-change` (action `items`) with the session the server returns.
 * With a `disabledReason` (an Offline viewer) both are shown but off, and say why.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AppDto, LineDto, SessionDto, SessionItemDto } from '../../common/api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext } from '../services/contexts';
import { plusIcon, trashIcon } from '../shared/icons';
import { buttons, tokens } from '../shared/ui.styles';
import { SessionChangeEvent } from './desk-events';
import type { ItemBindDialogElement } from './item-bind-dialog';
import { blockTitle, itemBlocks, type ItemBlock } from './session-items-model';
import { sessionItemsStyles } from './session-items.styles';

export class SessionItemsElement extends LitElement {
  static override styles = [tokens, buttons, sessionItemsStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;

  @property({ attribute: false }) session?: SessionDto;
  @property({ attribute: false }) line?: LineDto;
  @property({ type: Boolean }) canBind = false;
  /** Why binding and unbinding are off now; empty while they are on. */
  @property() disabledReason = '';

  @state() private apps: AppDto[] = [];
  @state() private busy = '';
  @state() private error = '';

  @query('lc-item-bind-dialog') private dialog!: ItemBindDialogElement;

  private appsLoaded = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // App names are only needed for blocks without items; who cannot bind never sees those.
    if (changed.has('canBind') && this.canBind && !this.appsLoaded) {
      this.appsLoaded = true;
      this.api
        .listApps()
        .then((apps) => (this.apps = apps))
        .catch(() => (this.appsLoaded = false));
    }
  }

  override render() {
    const session = this.session;
    const line = this.line;
    if (!session || !line) return nothing;
    const blocks = itemBlocks(line, this.apps, session.items).filter((block) => this.canBind || block.items.length > 0);
    if (blocks.length === 0) return nothing;
    return html`
      ${blocks.map((block) => this.renderBlock(session, block))}
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      ${this.canBind ? html`<lc-item-bind-dialog></lc-item-bind-dialog>` : nothing}
    `;
  }

  private renderBlock(session: SessionDto, block: ItemBlock) {
    const titleId = `items-${block.appCode}`;
    return html`<section class="block" aria-labelledby=${titleId} data-testid="session-items" data-app=${block.appCode}>
      <div class="block-head">
        <h3 id=${titleId}>${blockTitle(block)}</h3>
        ${this.canBind
          ? html`<button
              class="btn subtle small"
              type="button"
              aria-label="Bind ${block.appName}"
              title=${this.disabledReason || nothing}
              ?disabled=${this.disabledReason !== ''}
              @click=${() => void this.dialog.open(session, block)}
            >
              ${plusIcon} Bind
            </button>`
          : nothing}
      </div>
      ${block.items.length === 0
        ? html`<p class="none">Nothing bound.</p>`
        : html`<ul>
            ${block.items.map(
              (item) => html`<li data-testid="bound-item">
                <span class="item-name">${item.name}</span>
                ${this.canBind
                  ? html`<button
                      class="btn subtle icon unbind"
                      type="button"
                      aria-label="Unbind ${item.name}"
                      title=${this.disabledReason || nothing}
                      ?disabled=${this.busy === item.itemId || this.disabledReason !== ''}
                      @click=${() => void this.unbind(session, item)}
                    >
                      ${trashIcon}
                    </button>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  private async unbind(session: SessionDto, item: SessionItemDto): Promise<void> {
    if (this.busy) return;
    this.busy = item.itemId;
    this.error = '';
    try {
      this.dispatchEvent(new SessionChangeEvent(await this.api.unbindItem(session.id, item.appCode, item.itemId), 'items'));
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = '';
    }
  }
}
