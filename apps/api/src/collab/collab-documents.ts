import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { ResourceRef } from '../access/access.policy';

/** How a feature exposes its live documents to the collaboration layer. */
export interface CollabDocumentKind {
  /** The part of the doc name before the colon, e.g. 'briefing-note' in 'briefing-note:<uuid>'. */
  prefix: string;
  /** The policy resource behind a document, or null if it does not exist (or is archived). */
  resource(id: string): Promise<ResourceRef | null>;
  /** Called once per editing session of a user on a document (authorship). */
  onEdit?(id: string, userId: string): Promise<void>;
  /**
   * Keeps the content as an automatic version: called during activity (at most once per
   * COLLAB_SNAPSHOT_MINUTES per document and replica) and when an edited document goes idle.
   */
  snapshot?(id: string, state: Uint8Array): Promise<void>;
}

const DOC_NAME =
  /^([a-z][a-z-]{1,38}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The documents features make co-editable. Features register a kind at start-up; the gateway asks
 * here what a doc name refers to, and features announce access changes (reclassification) so open
 * sockets are re-checked at once.
 */
@Injectable()
export class CollabDocuments {
  private readonly kinds = new Map<string, CollabDocumentKind>();
  private readonly events = new EventEmitter();

  register(kind: CollabDocumentKind): void {
    this.kinds.set(kind.prefix, kind);
  }

  parse(docName: unknown): { kind: CollabDocumentKind; id: string } | null {
    if (typeof docName !== 'string') return null;
    const match = DOC_NAME.exec(docName);
    const kind = match ? this.kinds.get(match[1]) : undefined;
    return kind && match ? { kind, id: match[2] } : null;
  }

  async resource(docName: string): Promise<ResourceRef | null> {
    const parsed = this.parse(docName);
    return parsed ? parsed.kind.resource(parsed.id) : null;
  }

  /** A feature changed who may read or write this document. */
  accessChanged(docName: string): void {
    this.events.emit('access-changed', docName);
  }

  onAccessChanged(listener: (docName: string) => void): () => void {
    this.events.on('access-changed', listener);
    return () => this.events.off('access-changed', listener);
  }
}
