/** A modal question with Cancel and one confirming action; `ask()` resolves with the answer. */
import { html, LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import { dialogStyles } from './dialog.styles';
import { buttons, tokens } from './ui.styles';

export class ConfirmDialogElement extends LitElement {
  static override styles = [tokens, buttons, dialogStyles];

  @property() heading = '';
  @property() message = '';
  @property() confirmLabel = 'Confirm';
  @property({ type: Boolean }) danger = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (answer: boolean) => void;

  async ask(): Promise<boolean> {
    await this.updateComplete;
    this.resolve?.(false);
    this.dialog.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  override render() {
    return html`
      <dialog aria-labelledby="heading" aria-describedby="message" @close=${() => this.answer(false)}>
        <div class="dialog-head"><h2 id="heading">${this.heading}</h2></div>
        <div class="dialog-body"><p id="message">${this.message}</p></div>
        <div class="dialog-foot">
          <button class="btn" type="button" autofocus @click=${() => this.answer(false)}>Cancel</button>
          <button class="btn ${this.danger ? 'danger' : 'primary'}" type="button" @click=${() => this.answer(true)}>
            ${this.confirmLabel}
          </button>
        </div>
      </dialog>
    `;
  }

  private answer(value: boolean): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    resolve?.(value);
  }
}
