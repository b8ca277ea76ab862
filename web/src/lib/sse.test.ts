import { describe, expect, it } from 'vitest';
import { createSseParser, parseSse } from './sse';

describe('server-sent events parser', () => {
  it('reads the job frames and ignores keep-alive comments', () => {
    const text = 'event: job\ndata: {"id":1,"status":"running"}\n\n: keep-alive\n\nevent: job\ndata: {"id":1,"status":"completed"}\n\n';
    expect(parseSse(text)).toEqual([
      { event: 'job', data: '{"id":1,"status":"running"}', id: null },
      { event: 'job', data: '{"id":1,"status":"completed"}', id: null },
    ]);
  });

  it('keeps an event that is cut between chunks until its blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push('event: jo')).toEqual([]);
    expect(parser.push('b\ndata: {"a"')).toEqual([]);
    expect(parser.push(':1}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'job', data: '{"a":1}', id: null }]);
  });

  it('accepts \\r\\n and \\r line ends, also a \\r\\n split between chunks', () => {
    const parser = createSseParser();
    expect(parser.push('event: job\r\ndata: x\r')).toEqual([]);
    expect(parser.push('\n\r\n')).toEqual([{ event: 'job', data: 'x', id: null }]);
    expect(parseSse('data: a\r\rdata: b\n\n')).toEqual([
      { event: 'message', data: 'a', id: null },
      { event: 'message', data: 'b', id: null },
    ]);
  });

  it('joins data lines, drops one space after the colon, remembers the id', () => {
    expect(parseSse('id: 7\ndata:first\ndata:  second\n\n')).toEqual([{ event: 'message', data: 'first\n second', id: '7' }]);
  });

  it('dispatches nothing for an event without data, and resets the type after each event', () => {
    expect(parseSse('event: job\n\ndata: plain\n\n')).toEqual([{ event: 'message', data: 'plain', id: null }]);
    expect(parseSse(': only a comment\n\n')).toEqual([]);
  });

  it('leaves an unfinished event at the end of the stream undispatched', () => {
    expect(parseSse('event: job\ndata: {}\n')).toEqual([]);
  });
});
