/**
 * HTML5 drag and drop of form settings: a property type dragged from the types pane, or a custom
 * parameter dragged to another place in the list. What is dragged travels in the DataTransfer
 * under our own media types, so nothing else dropped on the list is taken for one of them.
 */
import type { ParameterType } from '../../common/parameters/parameter-definition';
import { droppedIndex, rowDropIndex } from '../shared/reorder';
import { isParameterType, parameterTypeLabel } from './parameter-catalogue';

const TYPE_MIME = 'application/x-lc-parameter-type';
const MOVE_MIME = 'application/x-lc-parameter-index';

export type ParameterDrop = { kind: 'type'; type: ParameterType } | { kind: 'move'; from: number };

export function startTypeDrag(event: DragEvent, type: ParameterType): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(TYPE_MIME, type);
  event.dataTransfer.setData('text/plain', parameterTypeLabel(type));
  event.dataTransfer.effectAllowed = 'copy';
}

export function startMoveDrag(event: DragEvent, index: number): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(MOVE_MIME, String(index));
  event.dataTransfer.effectAllowed = 'move';
}

/** During dragover (when the data cannot be read yet): whether the list takes what is dragged. */
export function acceptsDrag(event: DragEvent): boolean {
  const types = event.dataTransfer?.types ?? [];
  if (!types.includes(TYPE_MIME) && !types.includes(MOVE_MIME)) return false;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = types.includes(TYPE_MIME) ? 'copy' : 'move';
  return true;
}

export function readDrop(event: DragEvent): ParameterDrop | undefined {
  const data = event.dataTransfer;
  if (!data) return undefined;
  const type = data.getData(TYPE_MIME);
  if (isParameterType(type)) return { kind: 'type', type };
  const from = droppedIndex(data, MOVE_MIME);
  return from === undefined ? undefined : { kind: 'move', from };
}

/**
 * The position in a list of `count` rows under the pointer: before a row (an element with
 * `data-index` and the class `prop`) when over its upper half, after it otherwise; the end when
 * not over a row.
 */
export function dropIndexAt(event: DragEvent, count: number): number {
  return rowDropIndex(event, count, (row) => row.classList.contains('prop'));
}
