/**
 * HTML5 drag and drop of routing rules in the Rules block: the dragged rule's place travels in the
 * DataTransfer under our own media type, so nothing else dropped on the list is taken for a rule.
 */
import { droppedIndex, rowDropIndex } from '../shared/reorder';

const RULE_MIME = 'application/x-lc-rule-index';

export function startRuleDrag(event: DragEvent, index: number, name: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(RULE_MIME, String(index));
  event.dataTransfer.setData('text/plain', name);
  event.dataTransfer.effectAllowed = 'move';
}

/** During dragover (when the data cannot be read yet): whether a rule is dragged; if so, the drop is accepted. */
export function acceptsRuleDrag(event: DragEvent): boolean {
  if (!event.dataTransfer?.types.includes(RULE_MIME)) return false;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'move';
  return true;
}

/** The place of the dropped rule, or undefined when what was dropped is not a rule. */
export function readRuleDrop(event: DragEvent): number | undefined {
  return droppedIndex(event.dataTransfer, RULE_MIME);
}

/**
 * Where a rule dropped here would go, in a list of `count` rules: before a rule (an element with
 * `data-index`) when over its upper half, after it otherwise; after the last rule anywhere else
 * (the Default rule stays last).
 */
export function ruleDropIndexAt(event: DragEvent, count: number): number {
  return rowDropIndex(event, count);
}
