/**
 * The widget's own styles, in its shadow root only. A form themes it with custom properties
 * (--lcm-*) and ::part() selectors; nothing here reaches the page.
 */
import { css } from 'lit';

export const liveChatMessagesStyles = css`
  :host {
    --_font: var(--lcm-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_bg: var(--lcm-bg, #ffffff);
    --_fg: var(--lcm-fg, #1f2933);
    --_muted: var(--lcm-muted, #5f6b7a);
    --_border: var(--lcm-border, #d9dee5);
    --_accent: var(--lcm-accent, #1b64d8);
    --_accent-fg: var(--lcm-accent-fg, #ffffff);
    --_selected: var(--lcm-selected-bg, #e8f0fd);
    --_client-bg: var(--lcm-client-bg, #f1f3f6);
    --_operator-bg: var(--lcm-operator-bg, #e3eefc);
    --_radius: var(--lcm-radius, 8px);
    display: block;
    height: var(--lcm-height, 520px);
    min-height: 320px;
    font-family: var(--_font);
    font-size: var(--lcm-font-size, 14px);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    box-sizing: border-box;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  button { font: inherit; color: inherit; }
  :focus-visible { outline: 2px solid var(--_accent); outline-offset: -2px; }

  .frame { display: grid; grid-template-columns: minmax(180px, 32%) 1fr; height: 100%; }
  .pane { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
  .sessions { border-right: 1px solid var(--_border); }
  .bar { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--_border); min-height: 48px; }
  .bar h2 { font-size: 1em; font-weight: 600; margin: 0; flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .bar .sub { display: block; font-weight: 400; font-size: 0.86em; color: var(--_muted); }

  .switch { display: inline-flex; align-items: center; gap: 6px; border: 0; background: none; padding: 4px; cursor: pointer; font-size: 0.9em; color: var(--_muted); border-radius: 6px; }
  .switch .track { width: 30px; height: 18px; border-radius: 9px; background: var(--_border); position: relative; transition: background 0.15s; }
  .switch .track::after { content: ''; position: absolute; top: 2px; left: 2px; width: 14px; height: 14px; border-radius: 50%; background: #fff; transition: transform 0.15s; }
  .switch[aria-checked='true'] .track { background: var(--_accent); }
  .switch[aria-checked='true'] .track::after { transform: translateX(12px); }

  [role='listbox'] { list-style: none; margin: 0; padding: 4px 0; overflow: auto; flex: 1; }
  [role='option'] { padding: 8px 12px; cursor: pointer; border-left: 3px solid transparent; }
  [role='option'][aria-selected='true'] { background: var(--_selected); border-left-color: var(--_accent); }
  [role='option'] .name { display: block; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  [role='option'] .meta { display: block; font-size: 0.86em; color: var(--_muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  [role='listbox']:focus-visible [aria-selected='true'] { outline: 2px solid var(--_accent); outline-offset: -2px; }

  .note { padding: 16px 12px; color: var(--_muted); line-height: 1.45; }
  .note.error { color: var(--lcm-error, #b42318); }
  .denied { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 6px; padding: 24px; text-align: center; color: var(--_muted); line-height: 1.45; }
  .denied strong { color: var(--_fg); font-size: 1.05em; }
  .denied span { max-width: 46ch; }
  .note strong { display: block; color: var(--_fg); margin-bottom: 4px; }

  .log { flex: 1; min-height: 0; }
  .row { width: 100%; padding: 6px 12px; }
  .start { text-align: center; font-size: 0.86em; color: var(--_muted); padding-top: 12px; }
  .divider { display: flex; align-items: center; gap: 8px; font-size: 0.82em; color: var(--_muted); padding-block: 10px; }
  .divider::before, .divider::after { content: ''; flex: 1; border-top: 1px solid var(--_border); }
  .message { width: fit-content; min-width: 160px; max-width: 80%; padding: 6px 10px; border-radius: var(--_radius); background: var(--_client-bg); overflow-wrap: anywhere; }
  .message.operator { margin-left: auto; background: var(--_operator-bg); }
  .message.system { width: auto; max-width: none; background: none; padding: 2px 0; margin: 0; text-align: center; font-size: 0.86em; color: var(--_muted); font-style: italic; }
  .message header { display: flex; gap: 8px; align-items: baseline; font-size: 0.82em; color: var(--_muted); margin-bottom: 2px; }
  .message header .author { font-weight: 600; color: var(--_fg); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .message header time { white-space: nowrap; margin-left: auto; }
  .message .body { margin: 0; white-space: pre-wrap; }
  .message blockquote { margin: 0 0 4px; padding: 2px 8px; border-left: 3px solid var(--_border); color: var(--_muted); font-size: 0.9em; }
  .files { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
  .files a { color: var(--_accent); }
  .files img { display: block; max-width: 160px; max-height: 120px; border-radius: 6px; border: 1px solid var(--_border); }

  .menu-anchor { position: relative; }
  .icon-button { border: 1px solid transparent; background: none; border-radius: 6px; padding: 2px 8px; cursor: pointer; font-size: 1.1em; line-height: 1.4; }
  .icon-button:hover { background: var(--_selected); }
  [role='menu'] { position: absolute; right: 0; top: calc(100% + 4px); z-index: 1; min-width: 210px; margin: 0; padding: 4px; list-style: none; background: var(--_bg); border: 1px solid var(--_border); border-radius: 6px; box-shadow: 0 6px 18px rgb(0 0 0 / 12%); }
  [role='menuitemcheckbox'] { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 6px 10px; border-radius: 4px; cursor: pointer; }
  [role='menuitemcheckbox']:hover, [role='menuitemcheckbox']:focus-visible { background: var(--_selected); }

  .composer { display: flex; gap: 8px; align-items: flex-end; padding: 8px 12px; border-top: 1px solid var(--_border); }
  .composer textarea { flex: 1; resize: none; font: inherit; color: inherit; background: var(--_bg); border: 1px solid var(--_border); border-radius: 6px; padding: 6px 8px; min-height: 36px; max-height: 120px; }
  .composer textarea:focus-visible { outline: 2px solid var(--_accent); outline-offset: 0; }
  .primary { border: 0; border-radius: 6px; padding: 8px 14px; background: var(--_accent); color: var(--_accent-fg); cursor: pointer; font-weight: 600; }
  .primary[disabled] { opacity: 0.6; cursor: default; }
  .readonly { padding: 10px 12px; border-top: 1px solid var(--_border); font-size: 0.9em; color: var(--_muted); }
  .send-error { color: var(--lcm-error, #b42318); font-size: 0.86em; padding: 0 12px 8px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

  @media (max-width: 560px) {
    .frame { grid-template-columns: 1fr; grid-template-rows: minmax(96px, 30%) 1fr; }
    .sessions { border-right: 0; border-bottom: 1px solid var(--_border); }
  }
`;
