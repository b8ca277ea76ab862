// A text/event-stream response that a test writes to, as the server would.

export interface TestEventStream {
  response: Response;
  /** Sends text (frames, keep-alives, or pieces of them). */
  send: (text: string) => void;
  /** The server closes the stream. */
  end: () => void;
  /** Whether the reader let the stream go. */
  isCancelled: () => boolean;
}

export function eventStream(): TestEventStream {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    isCancelled: () => cancelled,
  };
}

/** One frame: `event: <name>` with the data as JSON. */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
