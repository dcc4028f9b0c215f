/** The sections of a settings page as cards (a live chat's tabs, Live Chats Settings, Routing › Rules). */
import { css } from 'lit';

export const sectionCards = css`
  section {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 10px;
    padding: 18px 20px 20px;
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
  section h2 {
    font-size: 15px;
    font-weight: 600;
  }
`;
