/** The part of pdfmake 0.3's server API the exports use (the package ships no types). */
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  type FontFaces = Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;
  interface PdfMake {
    virtualfs: {
      existsSync(filename: string): boolean;
      writeFileSync(filename: string, content: Buffer): void;
    };
    setFonts(fonts: Record<string, FontFaces>): void;
    /** Return true to let pdfmake fetch a URL (images, fonts). */
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    /** Return true to let pdfmake read a local file (images, fonts, attachments). */
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(docDefinition: Record<string, unknown>): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
