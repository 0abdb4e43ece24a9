export * from './builders';
export * from './markdown';
export * from './note-schema';
export * from './plain-text';
export * from './prosemirror-json';
export * from './y-prosemirror';
