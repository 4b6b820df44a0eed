// A real Word document for the tests, written with the `docx` package: title and author in its
// properties, a heading, paragraphs, a numbered list and a footnote.
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export async function makeDocx(): Promise<Uint8Array> {
  const document = new Document({
    title: 'Statement on the border incident',
    creator: 'Leyla Məmmədova',
    footnotes: { 1: { children: [new Paragraph('Transcript published by the ministry.')] } },
    numbering: { config: [{ reference: 'points', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: 'left' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Border incident', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('The ministry said the patrol never crossed the line.'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ text: 'First point of the statement.', numbering: { reference: 'points', level: 0 } }),
          new Paragraph({ text: 'Second point of the statement.', numbering: { reference: 'points', level: 0 } }),
          new Paragraph('A closing paragraph.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
