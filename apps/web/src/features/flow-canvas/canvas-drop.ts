import type { BlockRef } from '../flow-editor/step-tree-edit';
import type { LaidOutNode } from './canvas-layout';

/**
 * Where a step dragged on the canvas lands in its block: the index, among
 * the block's other steps, of the first one whose middle lies below the
 * dragged node's middle. Only reordering within the block is supported, so
 * the siblings are the nodes of the same block.
 */
export function dropIndex(layout: LaidOutNode[], draggedNodeId: string, draggedTop: number): number | undefined {
  const dragged = layout.find((node) => node.id === draggedNodeId);
  if (!dragged || dragged.type === 'add' || !dragged.block || (dragged.type === 'step' && dragged.header))
    return undefined;
  const block = dragged.block;
  const siblings = layout.filter(
    (node): node is LaidOutNode & { block: BlockRef } =>
      node.id !== dragged.id &&
      node.type !== 'add' &&
      !(node.type === 'step' && node.header) &&
      node.block !== undefined &&
      sameBlock(node.block, block),
  );
  const middle = draggedTop + dragged.height / 2;
  return siblings.filter((node) => node.position.y + node.height / 2 < middle).length;
}

function sameBlock(a: BlockRef, b: BlockRef): boolean {
  return a.parentId === b.parentId && a.path.join('.') === b.path.join('.');
}
