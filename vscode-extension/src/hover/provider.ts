import * as vscode from 'vscode';
import { DEBUG_TYPE } from '../configuration';
import { objectAtArguments, objectHoverMarkdown } from './objectHover';
import { OBJECT_AT_REQUEST, ObjectAtBody } from './protocol';

/**
 * While a heapscope session is paused, hovering a name shows the object it refers to in the
 * frame running that code: type, repr, id, refcount, generation, size (from the adapter's
 * `heapscope/objectAt`). Outside a session it adds nothing, so other hovers stay as they are.
 */
export class ObjectHoverProvider implements vscode.HoverProvider {
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const session = vscode.debug.activeDebugSession;
    if (!session || session.type !== DEBUG_TYPE || document.uri.scheme !== 'file') return undefined;
    let body: ObjectAtBody | undefined;
    try {
      body = (await session.customRequest(OBJECT_AT_REQUEST, objectAtArguments(document.uri.fsPath, position.line, position.character))) as ObjectAtBody;
    } catch {
      // An adapter without the request, or one that has just exited: no hover rather than an error popup.
      return undefined;
    }
    const markdown = objectHoverMarkdown(body);
    if (!markdown) return undefined;
    const range = document.getWordRangeAtPosition(position);
    return new vscode.Hover(new vscode.MarkdownString(markdown), range);
  }
}
