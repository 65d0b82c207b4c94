/**
 * The custom DAP request `heapscope/heapGraph` and its response body.
 *
 * Request:  { command: "heapscope/heapGraph", arguments: HeapGraphArguments }
 * Response: { body: HeapGraph }
 *
 * The adapter answers only while the program is paused. Object ids are the
 * values `id()` returns in the program (decimal strings, so that 64-bit
 * addresses survive JSON); frame ids are the DAP frame ids of the stackTrace
 * response, as strings.
 */
export const HEAP_GRAPH_REQUEST = 'heapscope/heapGraph';

export interface HeapGraphArguments {
  /** The paused thread; the adapter's only thread when omitted. */
  threadId?: number;
  /** Objects further than this many references from a frame's names are left out (default 3). */
  maxDepth?: number;
  /** Upper bound on the number of objects returned (default 200); `truncated` says when it was hit. */
  maxObjects?: number;
}

export type NameKind = 'parameter' | 'local' | 'global' | 'cell' | 'free' | 'builtin';

/** One binding of a frame's namespace: `name` refers to the object `target`. */
export interface HeapGraphName {
  name: string;
  kind: NameKind;
  /** id of the object the name refers to. */
  target: string;
}

export interface HeapGraphFrame {
  /** DAP frame id, as a string. */
  id: string;
  /** Code name: `<module>`, the function's `__qualname__`, ... */
  name: string;
  /** Current line, 1-based. */
  line?: number;
  /** Innermost frame first; 0 is the frame the program stopped in. */
  depth: number;
  names: HeapGraphName[];
}

/** The collector's view of an object: a generation, or not tracked at all (ints, strs, ...). */
export type Generation = 0 | 1 | 2 | 'untracked' | 'permanent';

export interface HeapGraphObject {
  /** `id(obj)`, decimal string. */
  id: string;
  /** `type(obj).__name__`. */
  type: string;
  /** A short repr, at most ~40 characters, elided with `...`. */
  repr: string;
  /** `ob_refcnt` as the program sees it, without the inspector's own references. */
  refcount: number;
  generation: Generation;
  /**
   * Statically allocated by CPython 3.11 (small ints, deep-frozen constants, None...): its
   * count starts near 999999999, so the figure says nothing; drawn as "static".
   */
  immortal?: boolean;
  /** True when no frame reaches the object and only the cyclic collector can free it. */
  unreachable: boolean;
  /** `sys.getsizeof(obj)`, when known. */
  size?: number;
}

/** A reference: from a frame's name (`from` is a frame id) or from an object (`from` is an object id). */
export interface HeapGraphEdge {
  from: string;
  to: string;
  /** The name, `[0]`, `['key']`, `.attr`, `__dict__`, `<closure cell>`, ... */
  label: string;
  /** 'name' when `from` is a frame, 'ref' when it is an object. */
  kind: 'name' | 'ref';
}

export interface HeapGraph {
  frames: HeapGraphFrame[];
  objects: HeapGraphObject[];
  edges: HeapGraphEdge[];
  /** True when maxDepth or maxObjects cut the graph. */
  truncated?: boolean;
}

/** Messages between the extension and the webview. */
export type ToWebview =
  | { type: 'graph'; graph: HeapGraph; stoppedAt?: string }
  | { type: 'clear'; reason: string }
  | { type: 'requestSvg' };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'svg'; svg: string }
  | { type: 'error'; message: string };
