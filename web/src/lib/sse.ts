// A reader of server-sent events (text/event-stream) for streams read with fetch: EventSource
// cannot send the Authorization header. Follows the WHATWG rules that matter here: lines end in
// \n, \r\n or \r (a chunk may end between \r and \n); a blank line ends an event; lines starting
// with ':' are comments (the server's ": keep-alive"); "data" lines are joined with \n; an event
// without data is not dispatched; one space after the colon is dropped.

export interface SseEvent {
  /** The `event:` field; "message" when none was given. */
  event: string;
  data: string;
  /** The `id:` field, or null. */
  id: string | null;
}

export interface SseParser {
  /** Feeds the next piece of text; returns the events it completed. */
  push: (chunk: string) => SseEvent[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  // A chunk ended in \r: a \n at the start of the next one belongs to the same line end.
  let skipLeadingLf = false;
  let event = '';
  let data: string[] = [];
  let id: string | null = null;

  function line(text: string, out: SseEvent[]) {
    if (text === '') {
      if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n'), id });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
    // "retry" and unknown fields: nothing to do for a fetch-based reader.
  }

  return {
    push(chunk) {
      const out: SseEvent[] = [];
      let text = chunk;
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer[i];
        if (c !== '\n' && c !== '\r') continue;
        line(buffer.slice(start, i), out);
        if (c === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i++;
          } else {
            skipLeadingLf = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
  };
}

/** Parses a whole stream's text at once (tests, small bodies). */
export function parseSse(text: string): SseEvent[] {
  return createSseParser().push(text);
}
