/**
 * One typed router per receiving context. A request map (`Requests`, `ContentRequests` in
 * protocol.ts) gives each message type its payload and its response; a handler map must answer
 * every type of it, each with that type's response, or the code does not compile.
 */
import type browser from 'webextension-polyfill';

export type Sender = browser.Runtime.MessageSender;

/** A request map: message type -> payload (`req`) and response (`res`). */
export type RequestMap<M> = { [K in keyof M]: { req: unknown; res: unknown } };

/** The message of one type of a map, as it travels. */
export type MessageOf<M extends RequestMap<M>, K extends keyof M & string = keyof M & string> = { [T in K]: { type: T; payload: M[T]['req'] } }[K];

/** One handler per message type, every type handled. */
export type HandlerMap<M extends RequestMap<M>> = { [K in keyof M & string]: (payload: M[K]['req'], sender: Sender) => Promise<M[K]['res']> };

function isEnvelope(m: unknown): m is { type: string; payload: unknown } {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && 'payload' in m;
}

/**
 * An `onMessage` listener answering the types of `handlers`: a promise of the handler's response,
 * or undefined (not ours: another listener may answer) for anything else.
 */
export function createRouter<M extends RequestMap<M>>(handlers: HandlerMap<M>): (msg: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (msg, sender) => {
    if (!isEnvelope(msg) || !Object.hasOwn(handlers, msg.type)) return undefined;
    // The one place the type and its payload are taken on trust: they come from our own contexts.
    const handle = handlers[msg.type as keyof M & string] as (payload: unknown, sender: Sender) => Promise<unknown>;
    return handle(msg.payload, sender);
  };
}
