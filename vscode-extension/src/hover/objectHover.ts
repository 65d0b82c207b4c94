// What the hover shows for a live object. No vscode import: unit tests load this in plain node.
import type { Generation, NameKind } from '../heapGraph/protocol';
import type { ObjectAtArguments, ObjectAtBody } from './protocol';

/** VS Code positions count from 0; the request counts from 1, as initialize told the adapter. */
export function objectAtArguments(path: string, line0: number, character0: number): ObjectAtArguments {
  return { source: { path }, line: line0 + 1, column: character0 + 1 };
}

const KIND: Record<NameKind, string> = {
  parameter: 'parameter',
  local: 'local',
  global: 'global',
  cell: 'cell variable',
  free: 'free variable',
  builtin: 'builtin',
};

function generationText(g: Generation): string {
  if (g === 'untracked') return 'not tracked by the cyclic GC';
  if (g === 'permanent') return 'permanent generation (gc.freeze)';
  return `GC generation ${g}`;
}

/** `id()` as Python prints it, and the address in hex as the Variables view shows it. */
function idText(id: string): string {
  try {
    return `id ${id} (0x${BigInt(id).toString(16)})`;
  } catch {
    return `id ${id}`;
  }
}

/** Backticks inside a repr would end the code span early; a longer fence keeps it whole. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Markdown for a found object: the name and its scope kind, type and repr, then the memory
 * figures; undefined when the adapter found nothing (the hover then stays out of the way).
 */
export function objectHoverMarkdown(body: ObjectAtBody | undefined): string | undefined {
  if (!body || !body.found) return undefined;
  const o = body.object;
  const refcount = o.immortal ? 'refcount static (immortal)' : `refcount ${o.refcount}`;
  const figures = [idText(o.id), refcount, generationText(o.generation)];
  if (o.size !== undefined) figures.push(`${o.size} bytes`);
  return [`${code(body.name)} (${KIND[body.kind] ?? body.kind}) → ${code(o.type)} ${code(o.repr)}`, '', figures.join(' · ')].join('\n');
}
