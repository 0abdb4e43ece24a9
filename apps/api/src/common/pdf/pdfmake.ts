import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

/** Page layout shared by the portal's PDF exports. */
export const PDF_MARKING_COLOR = '#b00020';
export const PDF_MARGIN_X = 56;
/** A4 width (595.28 pt) less the side margins. */
export const PDF_CONTENT_WIDTH = 595.28 - 2 * PDF_MARGIN_X;

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;
const VFS_DIR = 'berne-export-fonts';

let fontsLoaded = false;

/**
 * pdfmake is one shared instance for every export. Roboto (shipped in the package) goes into its
 * virtual file system once; every render sets the fonts again and refuses all URL and local-file
 * access, so a document definition can neither fetch nor read anything, whatever it contains.
 * Returns the prepared instance.
 */
export function preparedPdfmake(): typeof pdfmake {
  if (!fontsLoaded) {
    const dir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
    for (const file of Object.values(FONT_FILES)) {
      pdfmake.virtualfs.writeFileSync(`${VFS_DIR}/${file}`, readFileSync(join(dir, file)));
    }
    fontsLoaded = true;
  }
  pdfmake.setFonts({
    Roboto: {
      normal: `${VFS_DIR}/${FONT_FILES.normal}`,
      bold: `${VFS_DIR}/${FONT_FILES.bold}`,
      italics: `${VFS_DIR}/${FONT_FILES.italics}`,
      bolditalics: `${VFS_DIR}/${FONT_FILES.bolditalics}`,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}
