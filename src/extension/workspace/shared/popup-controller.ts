/**
 * What a button's popup (the picker menu, the operator picker) does the same way: it closes when
 * the focus leaves the element, on Tab, and on Escape, which gives the focus back to the button;
 * while it is fixed to the window, it follows the button as the window resizes or a panel
 * around it scrolls. The element keeps its own open state, list and placement.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PopupHooks {
  /** Closes the popup; with `focusButton`, the focus goes back to the button that opened it. */
  close(focusButton: boolean): void;
  /** Places the popup again, in window coordinates. */
  place(): void;
  /** The part of the popup that scrolls by itself: scrolling it moves nothing. */
  scroller(): Element | null | undefined;
}

export class PopupController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: PopupHooks,
  ) {
    host.addController(this);
  }

  /** Starts following the button (until `unfollow`, or the element leaves the page). */
  follow(): void {
    window.addEventListener('resize', this.onViewportChange);
    window.addEventListener('scroll', this.onViewportChange, true);
  }

  unfollow(): void {
    window.removeEventListener('resize', this.onViewportChange);
    window.removeEventListener('scroll', this.onViewportChange, true);
  }

  hostDisconnected(): void {
    this.unfollow();
  }

  /** Handles Escape and Tab of an open popup; false for any other key. */
  closingKey(event: KeyboardEvent): boolean {
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        // A dialog around the popup must not close with it.
        event.stopPropagation();
        this.hooks.close(true);
        return true;
      case 'Tab':
        this.hooks.close(false);
        return true;
      default:
        return false;
    }
  }

  /** For `@focusout` of the element's wrapper. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.host.shadowRoot?.contains(next)) return;
    this.hooks.close(false);
  };

  private readonly onViewportChange = (event: Event): void => {
    const scroller = this.hooks.scroller();
    if (event.type === 'scroll' && scroller && event.composedPath().includes(scroller)) return;
    this.hooks.place();
  };
}
