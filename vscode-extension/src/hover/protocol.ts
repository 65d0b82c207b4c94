/**
 * The custom DAP request `heapscope/objectAt`: which object the name at a source position
 * refers to, read in the innermost paused frame that runs the code at that position.
 *
 * Request:  { command: "heapscope/objectAt", arguments: ObjectAtArguments }
 * Response: { body: ObjectAtBody }
 *
 * Lines and columns count as the client said in initialize (VS Code: from 1). The adapter
 * answers `found: false` with a reason when the program is not paused, the position holds
 * no name, the block is not running, or the name is unbound there.
 */
import type { Generation, NameKind } from '../heapGraph/protocol';

export const OBJECT_AT_REQUEST = 'heapscope/objectAt';

export interface ObjectAtArguments {
  source: { path: string };
  line: number;
  column: number;
}

export interface ObjectAtObject {
  /** `id(obj)`, decimal string. */
  id: string;
  type: string;
  /** A short repr, elided with `...`. */
  repr: string;
  /** `ob_refcnt` as the program sees it, without the debugger's own references. */
  refcount: number;
  generation: Generation;
  /** Statically allocated by CPython 3.11: its refcount says nothing. */
  immortal?: boolean;
  /** `sys.getsizeof(obj)`, when known. */
  size?: number;
}

export type ObjectAtBody =
  | {
      found: true;
      name: string;
      kind: NameKind;
      /** The DAP frame id whose namespace the name was read in. */
      frameId: number;
      object: ObjectAtObject;
      /** Expands the object as the Variables view does (0: nothing inside). */
      variablesReference: number;
    }
  | { found: false; reason: string };
