/** The alert of something a screen could not load, with a way to try again. */
import { html, type TemplateResult } from 'lit';

/** `what` names it as the start of a sentence: "The rules". */
export function loadErrorBanner(what: string, error: string, retry: () => void): TemplateResult {
  return html`<div class="banner error" role="alert">
    ${what} could not be loaded: ${error}
    <button class="link" type="button" @click=${retry}>Try again</button>
  </div>`;
}
