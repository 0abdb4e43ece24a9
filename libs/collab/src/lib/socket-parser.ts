import * as msgpackParser from 'socket.io-msgpack-parser';

/**
 * The socket.io wire format of every connection to the portal: server and clients must agree, so
 * both take it from here. MessagePack, one WebSocket frame per packet. socket.io's default parser
 * sends a packet that carries bytes as two frames (a JSON header, then an attachment that goes out
 * only once the first write completed), which doubled the frames of every edit sent to every
 * editor. Binary data arrives as an ArrayBuffer.
 */
export const socketParser = msgpackParser;

/**
 * Bytes from a client, as the parser's browser build can send them: it encodes an ArrayBuffer as
 * binary but not a Uint8Array (which would go out as a map of indices). Copies only a view of
 * part of a buffer. (The server sends Buffers: see `collab.gateway.ts`.)
 */
export function toWire(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer)
    return buffer;
  return bytes.slice().buffer as ArrayBuffer;
}
